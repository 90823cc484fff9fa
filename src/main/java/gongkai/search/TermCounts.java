package gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms of one document after another for the {@link TermIndex}: which occur in its
 * title (with 文号), and how often the others occur in its body. One instance serves one thread
 * for many documents, keeping its table and text buffer, since a table per document cost more
 * than the counting itself. Chinese terms are counted by key in an open-addressing table that
 * remembers its used slots, so clearing and reading it costs what the document holds, not the
 * table's size.
 */
final class TermCounts implements Tokenizer.TermSink {
    /** Kinds of occurrence, in the order a {@link TermIndex.DocTerms} lists them. */
    static final int TITLE = 0;
    static final int OFTEN = 1;
    static final int BODY = 2;
    static final int KINDS = 3;

    /** Set in a value when the term is in the title; the rest of the value counts the body. */
    private static final int IN_TITLE = 1 << 30;

    /** Key and value of each slot side by side, one cache line for both. */
    private int[] slots = new int[2 * 2048];
    /** The slots in use, to clear and read them without scanning the table. */
    private int[] used = new int[1024];
    private int size;
    private final Map<String, int[]> others = new HashMap<>();
    private char[] text = new char[4096];
    /** Whether the terms now counted are the title's. */
    private boolean title;

    /** The terms of {@code d}. */
    TermIndex.DocTerms of(SearchDoc d) {
        clear();
        title = true;
        if (d.docNumber() == null) {
            count(d.title());
        } else {
            count(d.title(), " ", d.docNumber());
        }
        title = false;
        count(d.text(), "\n", d.context() == null ? "" : d.context(), "\n", d.extra());
        int[] start = new int[TermIndex.PARTS * KINDS + 1];
        int[] han = groupHan(start);
        return new TermIndex.DocTerms(han, start, otherTerms(), DocNumber.parse(d.docNumber()).orElse(null));
    }

    /**
     * Tokenizes the concatenation of {@code pieces}. They are folded one by one into the reused
     * buffer; only text with a rarer character is normalized whole, as {@link Tokenizer#normalize}
     * would, since NFKC may join characters across pieces.
     */
    private void count(String... pieces) {
        int length = 0;
        for (String p : pieces) {
            length += p.length();
        }
        if (text.length < length) {
            text = new char[Math.max(length, text.length * 2)];
        }
        int at = 0;
        for (int i = 0; i < pieces.length && at >= 0; i++) {
            at = Tokenizer.fold(pieces[i], text, at);
        }
        if (at < 0) {
            String folded = Tokenizer.normalize(String.join("", pieces));
            if (folded.length() > text.length) {
                text = new char[folded.length()];
            }
            folded.getChars(0, folded.length(), text, 0);
            at = folded.length();
        }
        Tokenizer.forEachTerm(text, at, this);
    }

    @Override
    public void han(int key) {
        int mask = slots.length / 2 - 1;
        int i = mix(key) & mask;
        while (true) {
            int k = slots[2 * i];
            if (k == key) {
                if (!title) {
                    slots[2 * i + 1]++;
                }
                return;
            }
            if (k == 0) {
                break;
            }
            i = i + 1 & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = title ? IN_TITLE : 1;
        if (size == used.length) {
            used = Arrays.copyOf(used, size * 2);
        }
        used[size++] = i;
        if (size * 2 > mask) {
            grow();
        }
    }

    @Override
    public void other(String term) {
        int[] value = others.computeIfAbsent(term, t -> new int[1]);
        if (title) {
            value[0] |= IN_TITLE;
        } else {
            value[0]++;
        }
    }

    /** A term of the title is listed as such; one of the body only is often there, or just there. */
    private static int kind(int value) {
        if ((value & IN_TITLE) != 0) {
            return TITLE;
        }
        return value >= TermIndex.OFTEN ? OFTEN : BODY;
    }

    /** The Chinese keys grouped by part, then kind; fills in where each group starts. */
    private int[] groupHan(int[] start) {
        int groups = TermIndex.PARTS * KINDS;
        for (int u = 0; u < size; u++) {
            int s = used[u];
            start[TermIndex.part(slots[2 * s]) * KINDS + kind(slots[2 * s + 1]) + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] keys = new int[size];
        int[] at = Arrays.copyOf(start, groups);
        for (int u = 0; u < size; u++) {
            int s = used[u];
            int key = slots[2 * s];
            keys[at[TermIndex.part(key) * KINDS + kind(slots[2 * s + 1])]++] = key;
        }
        return keys;
    }

    /** The other terms by kind. */
    private List<List<String>> otherTerms() {
        List<List<String>> out = new ArrayList<>(KINDS);
        for (int k = 0; k < KINDS; k++) {
            out.add(new ArrayList<>());
        }
        others.forEach((term, value) -> out.get(kind(value[0])).add(term));
        return out;
    }

    private void clear() {
        for (int u = 0; u < size; u++) {
            slots[2 * used[u]] = 0;
        }
        size = 0;
        others.clear();
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int u = 0; u < size; u++) {
            int s = used[u];
            int key = old[2 * s];
            int i = mix(key) & mask;
            while (slots[2 * i] != 0) {
                i = i + 1 & mask;
            }
            slots[2 * i] = key;
            slots[2 * i + 1] = old[2 * s + 1];
            used[u] = i;
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
