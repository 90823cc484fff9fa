package gongkai.model;

import java.util.List;

/**
 * The plain-language synonym catalogue (通俗语言搜索) from {@code content/search/synonyms.yaml}:
 * groups of words that mean the same to a reader (低保 and 最低生活保障), so that searching one
 * also finds the others.
 */
public record Synonyms(List<List<String>> groups) {
    /** No catalogue. */
    public static final Synonyms NONE = new Synonyms(List.of());

    public Synonyms {
        groups = groups.stream().map(List::copyOf).toList();
    }
}
