package gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
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
    /** Documents best tokenized together (see {@link #add}). */
    static final int BATCH = 256;

    /** The three lists of one term. */
    record Entry(PostingList title, PostingList often, PostingList body) {
        Entry() {
            this(new PostingList(), new PostingList(), new PostingList());
        }

        int df() {
            return title.count() + often.count() + body.count();
        }

        /** The list of a {@link TermCounts} kind. */
        PostingList list(int kind) {
            return kind == TermCounts.TITLE ? title : kind == TermCounts.OFTEN ? often : body;
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
    static final int PARTS = 8;

    /**
     * One part: the number of each key, and the lists of each number side by side, {@link
     * TermCounts#KINDS} of them, so that adding a document reaches a list in few memory reads.
     */
    private static final class Part {
        final IntTable ids = new IntTable(1 << 13);
        PostingList[] lists = new PostingList[TermCounts.KINDS << 12];
        int[] keys = new int[1 << 12];
        int size;

        /** The list of {@code kind} of the term {@code key}. */
        PostingList list(int key, int kind) {
            int id = ids.get(key, -1);
            if (id < 0) {
                id = add(key);
            }
            return lists[id * TermCounts.KINDS + kind];
        }

        private int add(int key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                lists = Arrays.copyOf(lists, lists.length * 2);
            }
            ids.put(key, size);
            keys[size] = key;
            for (int k = 0; k < TermCounts.KINDS; k++) {
                lists[size * TermCounts.KINDS + k] = new PostingList();
            }
            return size++;
        }

        Entry entry(int id) {
            int at = id * TermCounts.KINDS;
            return new Entry(lists[at + TermCounts.TITLE], lists[at + TermCounts.OFTEN], lists[at + TermCounts.BODY]);
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

    /** The part of a Chinese term's key. */
    static int part(int key) {
        return (key * 0x9E3779B9) >>> 29;
    }

    /**
     * The terms of one document, found in parallel with others. Chinese keys come grouped by part,
     * then by {@link TermCounts} kind, group {@code g} from {@code start[g]} to {@code start[g + 1]},
     * so that filling a part reads only its own terms; other terms come as lists by kind.
     */
    record DocTerms(int[] han, int[] start, List<List<String>> others, DocNumber number) {}

    /**
     * Indexes {@code batch}, numbered from {@code first} on; batches must come in number order.
     * Given a few hundred documents at a time, both cores are kept busy tokenizing and then merging.
     */
    void add(List<SearchDoc> batch, int first) {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        DocTerms[] terms = new DocTerms[batch.size()];
        // A few tasks, not one per document: each keeps one TermCounts for all of its documents.
        IntStream.range(0, threads).parallel().forEach(t -> {
            TermCounts counts = new TermCounts();
            for (int i = t; i < terms.length; i += threads) {
                SearchDoc d = batch.get(i);
                terms[i] = memo == null ? counts.of(d) : memo.terms(d, counts::of);
            }
        });
        IntStream.range(0, PARTS).parallel().forEach(p -> {
            for (int k = 0; k < terms.length; k++) {
                addHan(p, first + k, terms[k]);
            }
        });
        for (int k = 0; k < terms.length; k++) {
            addOthers(first + k, terms[k]);
        }
    }

    /** Adds the Chinese terms of part {@code p} of one document. */
    private void addHan(int p, int doc, DocTerms t) {
        Part part = parts[p];
        int[] han = t.han();
        for (int kind = 0; kind < TermCounts.KINDS; kind++) {
            int g = p * TermCounts.KINDS + kind;
            for (int i = t.start()[g]; i < t.start()[g + 1]; i++) {
                part.list(han[i], kind).add(doc);
            }
        }
    }

    private void addOthers(int doc, DocTerms t) {
        for (int kind = 0; kind < TermCounts.KINDS; kind++) {
            for (String term : t.others().get(kind)) {
                others.computeIfAbsent(term, k -> new Entry()).list(kind).add(doc);
            }
        }
        if (t.number() != null) {
            docNumbers.computeIfAbsent(t.number().term(), k -> new ArrayList<>()).add(List.of(doc, t.number().prefix()));
        }
    }

    /** Calls {@code action} with every term and its lists. */
    void forEach(BiConsumer<String, Entry> action) {
        for (Part part : parts) {
            for (int i = 0; i < part.size; i++) {
                action.accept(Tokenizer.term(part.keys[i]), part.entry(i));
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
