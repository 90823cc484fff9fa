package gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * The inverted index: for every term, the documents whose title (with 文号) holds it, those whose
 * body holds it often (three times or more), and those whose body holds it at all. A 文号 adds one
 * term for its year and number, listed with each document's prefix so the browser can tell
 * 沪民规〔2023〕5号 from 沪府规〔2023〕5号. Documents must be added in number order.
 *
 * <p>A term's entry is {@code title|often|body}, each list in {@link PostingList} form, empty
 * lists at the end left out; a 文号 term's entry is a list of {@code [document, prefix]}.
 */
final class TermIndex {
    /** Occurrences from which a body counts as about the term. */
    static final int OFTEN = 3;
    /** Documents tokenized together; their terms are merged in order before the next batch. */
    private static final int BATCH = 256;

    /** The three lists of one term. */
    static final class Entry {
        final PostingList title = new PostingList();
        final PostingList often = new PostingList();
        final PostingList body = new PostingList();

        int df() {
            return title.count() + often.count() + body.count();
        }

        String encode() {
            String[] parts = {title.encode(), often.encode(), body.encode()};
            int n = parts.length;
            while (n > 1 && parts[n - 1].isEmpty()) {
                n--;
            }
            return String.join("|", Arrays.copyOf(parts, n));
        }
    }

    /**
     * Chinese terms by key (see {@link Tokenizer#key}), split into parts by key so that the parts
     * are filled in parallel, each by one thread, documents in order.
     */
    private static final int PARTS = 8;

    /** One part: where each key's entry is, the entries, and their keys. */
    private static final class Part {
        final IntTable ids = new IntTable(1 << 13);
        final List<Entry> entries = new ArrayList<>();
        final List<Integer> keys = new ArrayList<>();

        Entry entry(int key) {
            int id = ids.get(key, -1);
            if (id < 0) {
                id = entries.size();
                ids.put(key, id);
                entries.add(new Entry());
                keys.add(key);
            }
            return entries.get(id);
        }
    }

    private final Part[] parts = new Part[PARTS];
    private final Map<String, Entry> others = new HashMap<>();
    private final Map<String, List<List<Object>>> docNumbers = new TreeMap<>();

    private final SearchMemo memo;

    /** An index that tokenizes every document, or reuses the terms {@code memo} (may be null) remembers. */
    TermIndex(SearchMemo memo) {
        this.memo = memo;
        for (int i = 0; i < PARTS; i++) {
            parts[i] = new Part();
        }
    }

    private static int part(int key) {
        return (key * 0x9E3779B9) >>> 29;
    }

    /**
     * The terms of one document, found in parallel with others. Chinese terms come grouped by
     * part, title terms apart and left out of the body's, so that filling a part reads only its
     * own terms; a body term is "often" when it occurs {@link #OFTEN} times or more.
     */
    private record DocTerms(int[][] titleHan, Set<String> titleOther, int[][] bodyHan, boolean[][] bodyOften,
            Map<String, Integer> bodyOther, DocNumber number) {}

    /** Indexes {@code docs}, numbered by their position. */
    void addAll(List<SearchDoc> docs) {
        for (int from = 0; from < docs.size(); from += BATCH) {
            int start = from;
            List<DocTerms> batch = IntStream.range(from, Math.min(docs.size(), from + BATCH)).parallel()
                    .mapToObj(i -> memo == null ? terms(docs.get(i)) : memo.terms(docs.get(i), TermIndex::terms)).toList();
            IntStream.range(0, PARTS).parallel().forEach(p -> {
                for (int k = 0; k < batch.size(); k++) {
                    addHan(p, start + k, batch.get(k));
                }
            });
            for (int k = 0; k < batch.size(); k++) {
                addOthers(start + k, batch.get(k));
            }
        }
    }

    private static DocTerms terms(SearchDoc d) {
        IntTable titleHan = new IntTable(64);
        Set<String> titleOther = new HashSet<>();
        Tokenizer.forEachTerm(Tokenizer.normalize(d.title() + (d.docNumber() == null ? "" : " " + d.docNumber())),
                new Tokenizer.TermSink() {
                    @Override
                    public void han(int key) {
                        titleHan.put(key, 1);
                    }

                    @Override
                    public void other(String term) {
                        titleOther.add(term);
                    }
                });
        String text = d.text() + "\n" + (d.context() == null ? "" : d.context()) + "\n" + d.extra();
        IntTable bodyHan = new IntTable(text.length() / 2);
        Map<String, Integer> bodyOther = new HashMap<>();
        Tokenizer.forEachTerm(Tokenizer.normalize(text), new Tokenizer.TermSink() {
            @Override
            public void han(int key) {
                bodyHan.add(key, 1);
            }

            @Override
            public void other(String term) {
                bodyOther.merge(term, 1, Integer::sum);
            }
        });
        int[] titleCount = new int[PARTS];
        titleHan.forEach((key, one) -> titleCount[part(key)]++);
        int[][] titleKeys = new int[PARTS][];
        for (int p = 0; p < PARTS; p++) {
            titleKeys[p] = new int[titleCount[p]];
        }
        int[] filled = new int[PARTS];
        titleHan.forEach((key, one) -> {
            int p = part(key);
            titleKeys[p][filled[p]++] = key;
        });
        int[] bodyCount = new int[PARTS];
        bodyHan.forEach((key, count) -> {
            if (titleHan.get(key, 0) == 0) {
                bodyCount[part(key)]++;
            }
        });
        int[][] bodyKeys = new int[PARTS][];
        boolean[][] often = new boolean[PARTS][];
        for (int p = 0; p < PARTS; p++) {
            bodyKeys[p] = new int[bodyCount[p]];
            often[p] = new boolean[bodyCount[p]];
        }
        int[] at = new int[PARTS];
        bodyHan.forEach((key, count) -> {
            if (titleHan.get(key, 0) == 0) {
                int p = part(key);
                often[p][at[p]] = count >= OFTEN;
                bodyKeys[p][at[p]++] = key;
            }
        });
        return new DocTerms(titleKeys, titleOther, bodyKeys, often, bodyOther, DocNumber.parse(d.docNumber()).orElse(null));
    }

    /** Adds the Chinese terms of part {@code p} of one document. */
    private void addHan(int p, int doc, DocTerms t) {
        Part part = parts[p];
        for (int key : t.titleHan()[p]) {
            part.entry(key).title.add(doc);
        }
        int[] keys = t.bodyHan()[p];
        boolean[] often = t.bodyOften()[p];
        for (int i = 0; i < keys.length; i++) {
            Entry e = part.entry(keys[i]);
            (often[i] ? e.often : e.body).add(doc);
        }
    }

    private void addOthers(int doc, DocTerms t) {
        for (String term : t.titleOther()) {
            others.computeIfAbsent(term, k -> new Entry()).title.add(doc);
        }
        t.bodyOther().forEach((term, count) -> {
            if (!t.titleOther().contains(term)) {
                Entry e = others.computeIfAbsent(term, k -> new Entry());
                (count >= OFTEN ? e.often : e.body).add(doc);
            }
        });
        if (t.number() != null) {
            docNumbers.computeIfAbsent(t.number().term(), k -> new ArrayList<>()).add(List.of(doc, t.number().prefix()));
        }
    }

    /** Calls {@code action} with every term and its lists. */
    void forEach(BiConsumer<String, Entry> action) {
        for (Part part : parts) {
            for (int i = 0; i < part.entries.size(); i++) {
                action.accept(Tokenizer.term(part.keys.get(i)), part.entries.get(i));
            }
        }
        others.forEach(action);
    }

    /** Writes the shards {@code t/<n>.json}; returns how many there are. */
    int write(IndexFiles files) {
        long[] estimate = {0};
        forEach((term, e) -> estimate[0] += term.length() * 3L + 6 + Math.min(2L * e.df(), 4000));
        int count = Shards.count(estimate[0]);
        List<Map<String, Object>> shards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shards.add(new TreeMap<>());
        }
        forEach((term, e) -> shards.get(Shards.of(term, count)).put(term, e));
        docNumbers.forEach((term, list) -> shards.get(Shards.of(term, count)).put(term, list));
        IntStream.range(0, count).parallel().forEach(i -> {
            Map<String, Object> out = new LinkedHashMap<>();
            shards.get(i).forEach((term, v) -> out.put(term, v instanceof Entry e ? e.encode() : v));
            files.write("t/" + i + ".json", out);
        });
        return count;
    }
}
