package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.content.YamlNode;
import gongkai.model.Synonyms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the search synonym catalogue {@code search/synonyms.yaml}: a list of groups, each a list of
 * at least two words that mean the same to a reader. A word belongs to one group only, so that a
 * query expands the same way whichever word the reader typed.
 */
final class SynonymsReader {
    /** Longest word accepted: the catalogue holds words and short phrases, not sentences. */
    static final int MAX_WORD_LENGTH = 20;

    Synonyms read(SourceDoc doc, Problems problems) {
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        f.onlyKeys(Set.of("groups"));
        if (!f.has("groups")) {
            f.problem("groups", "缺少字段「groups」。请在其下每行写一组同义词，例如：- [低保, 最低生活保障]");
            return Synonyms.NONE;
        }
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> seenOnLine = new HashMap<>();
        int g = 0;
        for (YamlNode node : f.nodes("groups")) {
            g++;
            String name = "groups[" + g + "]";
            if (!(node instanceof YamlNode.Sequence seq)) {
                problems.add(doc.file(), node.line(), name, "每一组应为一个词语列表，例如 [低保, 最低生活保障]，实为"
                        + (node instanceof YamlNode.Scalar ? "一段文本" : node.kindName()) + "。");
                continue;
            }
            List<String> words = new ArrayList<>();
            Map<String, Boolean> inGroup = new HashMap<>();
            int w = 0;
            for (YamlNode item : seq.items()) {
                w++;
                String wordName = name + "[" + w + "]";
                String word = word(doc, item, wordName, problems);
                if (word == null) {
                    continue;
                }
                String key = key(word);
                if (inGroup.put(key, true) != null) {
                    problems.add(doc.file(), item.line(), wordName, "词语「" + word + "」在同一组中出现了两次。请删去重复的一个。");
                    continue;
                }
                Integer other = seenOnLine.putIfAbsent(key, item.line());
                if (other != null) {
                    problems.add(doc.file(), item.line(), wordName, "词语「" + word + "」已在第 " + other
                            + " 行的一组中出现。一个词只能属于一组；如果两组意思相同，请合并为一组。");
                    continue;
                }
                words.add(word);
            }
            if (seq.items().size() < 2) {
                problems.add(doc.file(), node.line(), name, "一组至少要有两个词（例如一个通俗说法和一个正式说法）："
                        + "[低保, 最低生活保障]。");
            } else if (words.size() >= 2) {
                groups.add(words);
            }
        }
        return new Synonyms(groups);
    }

    private static String word(SourceDoc doc, YamlNode item, String name, Problems problems) {
        if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
            problems.add(doc.file(), item.line(), name, "每个词应为一段文本，实为"
                    + (item instanceof YamlNode.Scalar ? "空值" : item.kindName()) + "。");
            return null;
        }
        String word = s.text().strip();
        if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.add(doc.file(), item.line(), name, "词语「" + word + "」不含汉字、字母或数字，搜索时无法匹配。请改为要搜索的词。");
            return null;
        }
        if (word.codePointCount(0, word.length()) > MAX_WORD_LENGTH) {
            problems.add(doc.file(), item.line(), name, "词语「" + word + "」太长（" + word.codePointCount(0, word.length())
                    + " 个字），上限 " + MAX_WORD_LENGTH + " 个字。同义词目录收的是词语，不是句子。");
            return null;
        }
        return word;
    }

    /** Words that differ only in width or case are the same word to search. */
    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
