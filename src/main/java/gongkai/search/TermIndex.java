package gongkai.search;

import gongkai.model.SavedBytes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
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

        /** The entry as written; {@code keep} keeps each list's form for the next build (see {@link PostingList#encodeKept}). */
        String encode(boolean keep) {
            String[] parts = keep ? new String[] {title.encodeKept(), often.encodeKept(), body.encodeKept()}
                    : new String[] {title.encode(), often.encode(), body.encode()};
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
            return lists[id(key) * TermCounts.KINDS + kind];
        }

        /** The number of the term {@code key}, added when new. */
        int id(int key) {
            int id = ids.get(key, -1);
            return id < 0 ? add(key) : id;
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

        ByteBuffer save() {
            int bytes = Integer.BYTES * (1 + size);
            for (int i = 0; i < size * TermCounts.KINDS; i++) {
                bytes += lists[i].savedSize();
            }
            ByteBuffer out = ByteBuffer.allocate(bytes).putInt(size);
            for (int i = 0; i < size; i++) {
                out.putInt(keys[i]);
                for (int k = 0; k < TermCounts.KINDS; k++) {
                    lists[i * TermCounts.KINDS + k].save(out);
                }
            }
            return out.flip();
        }

        void restore(ByteBuffer in) {
            for (int n = in.getInt(); n > 0; n--) {
                int id = add(in.getInt());
                for (int k = 0; k < TermCounts.KINDS; k++) {
                    lists[id * TermCounts.KINDS + k] = PostingList.restore(in);
                }
            }
        }
    }

    private final Part[] parts = new Part[PARTS];
    private final Map<String, Entry> others = new HashMap<>();
    private final Map<String, List<List<Object>>> docNumbers = new TreeMap<>();

    /** Whether this index lives on in a preview's memo, to be patched and written again. */
    private final boolean kept;
    /**
     * Once written: the files and the total weight of the terms; for an index kept or {@linkplain
     * #restore restored}, the terms of each file too. A file is null when it has to be written again.
     */
    private List<Map<String, Object>> shards;
    private IndexFiles.Written[] shardFiles;
    private long estimate;
    /** For a kept index: the terms {@link #replace} changed since the last {@link #write}, with their entries. */
    private final Map<String, Object> changed = new HashMap<>();

    /** An empty index; {@code kept} when a preview will patch it for its next build (see {@link #replace}). */
    TermIndex(boolean kept) {
        this.kept = kept;
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
     * The terms of a document {@code memo} (may be null) remembers are not worked out again.
     */
    void add(List<SearchDoc> batch, int first, SearchMemo memo) {
        add(batch, first, memo, new DocTerms[batch.size()]);
    }

    /**
     * As {@link #add(List, int, SearchMemo)}, with the terms of the documents already known in
     * {@code terms} (null where not), which it completes and returns.
     */
    DocTerms[] add(List<SearchDoc> batch, int first, SearchMemo memo, DocTerms[] terms) {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        // A few tasks, not one per document: each keeps one TermCounts for all of its documents.
        IntStream.range(0, threads).parallel().forEach(t -> {
            TermCounts counts = new TermCounts();
            for (int i = t; i < terms.length; i += threads) {
                SearchDoc d = batch.get(i);
                if (terms[i] == null) {
                    terms[i] = memo == null ? counts.of(d) : memo.terms(d, counts::of);
                }
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
        return terms;
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

    /**
     * Replaces the terms of document {@code doc}, {@code before} as indexed, with {@code after}:
     * the index is then the one a build of the changed documents makes, and costs a preview the
     * lists of the terms that came or went instead of every document's. Only a kept index is
     * patched: it remembers the terms changed, so that {@link #write} rewrites only their files.
     */
    void replace(int doc, DocTerms before, DocTerms after) {
        for (int g = 0; g < before.start().length - 1; g++) {
            Set<Integer> was = han(before, g);
            Set<Integer> now = han(after, g);
            Part part = parts[g / TermCounts.KINDS];
            int kind = g % TermCounts.KINDS;
            for (int key : was) {
                if (!now.contains(key)) {
                    set(Tokenizer.term(key), part.entry(part.id(key)), kind, doc, false);
                }
            }
            for (int key : now) {
                if (!was.contains(key)) {
                    set(Tokenizer.term(key), part.entry(part.id(key)), kind, doc, true);
                }
            }
        }
        for (int kind = 0; kind < TermCounts.KINDS; kind++) {
            List<String> was = before.others().get(kind);
            List<String> now = after.others().get(kind);
            for (String term : was) {
                if (!now.contains(term)) {
                    set(term, others.get(term), kind, doc, false);
                }
            }
            for (String term : now) {
                if (!was.contains(term)) {
                    set(term, others.computeIfAbsent(term, k -> new Entry()), kind, doc, true);
                }
            }
        }
        if (!Objects.equals(before.number(), after.number())) {
            number(doc, before.number(), false);
            number(doc, after.number(), true);
        }
    }

    private static Set<Integer> han(DocTerms t, int group) {
        Set<Integer> keys = new HashSet<>();
        for (int i = t.start()[group]; i < t.start()[group + 1]; i++) {
            keys.add(t.han()[i]);
        }
        return keys;
    }

    private void set(String term, Entry e, int kind, int doc, boolean present) {
        long weight = weight(term, e.df());
        if (e.list(kind).set(doc, present)) {
            estimate += weight(term, e.df()) - weight;
            changed.put(term, e);
        }
    }

    private void number(int doc, DocNumber number, boolean present) {
        if (number == null) {
            return;
        }
        List<List<Object>> list = docNumbers.computeIfAbsent(number.term(), k -> new ArrayList<>());
        if (present) {
            int at = 0;
            while (at < list.size() && (Integer) list.get(at).get(0) < doc) {
                at++;
            }
            list.add(at, List.of(doc, number.prefix()));
        } else {
            list.removeIf(e -> (Integer) e.get(0) == doc);
            if (list.isEmpty()) {
                docNumbers.remove(number.term());
            }
        }
        changed.put(number.term(), list);
    }

    /** Calls {@code action} with every term and its lists; terms left without documents by {@link #replace} are not there. */
    void forEach(BiConsumer<String, Entry> action) {
        for (Part part : parts) {
            for (int i = 0; i < part.size; i++) {
                Entry e = part.entry(i);
                if (e.df() > 0) {
                    action.accept(Tokenizer.term(part.keys[i]), e);
                }
            }
        }
        others.forEach((term, e) -> {
            if (e.df() > 0) {
                action.accept(term, e);
            }
        });
    }

    /** What a term's entry adds to the size of the files, which sets how many there are. */
    private static long weight(String term, int df) {
        return df == 0 ? 0 : term.length() * 3L + 6 + Math.min(2L * df, 4000);
    }

    /** Writes the shards {@code t/<n>.json}; returns how many there are. */
    int write(IndexFiles files) {
        if (shards != null && Shards.count(estimate) == shards.size()) {
            return rewrite(files);
        }
        long[] total = {0};
        forEach((term, e) -> total[0] += weight(term, e.df()));
        int count = Shards.count(total[0]);
        List<Map<String, Object>> terms = shards(count);
        IndexFiles.Written[] written = new IndexFiles.Written[count];
        IntStream.range(0, count).parallel().forEach(i -> written[i] = files.write(name(i), encoded(terms.get(i))));
        shardFiles = written;
        estimate = total[0];
        if (kept) {
            shards = terms;
            changed.clear();
        }
        return count;
    }

    /** The terms and 文号 lists of each of {@code count} files, in order. */
    private List<Map<String, Object>> shards(int count) {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            terms.add(new TreeMap<>());
        }
        forEach((term, e) -> terms.get(Shards.of(term, count)).put(term, e));
        docNumbers.forEach((term, list) -> terms.get(Shards.of(term, count)).put(term, list));
        return terms;
    }

    /** Writes again the files of the terms {@link #replace} changed, and keeps the others as written. */
    private int rewrite(IndexFiles files) {
        int count = shards.size();
        boolean[] dirty = new boolean[count];
        changed.forEach((term, v) -> {
            int shard = Shards.of(term, count);
            dirty[shard] = true;
            if (v instanceof Entry e ? e.df() == 0 : ((List<?>) v).isEmpty()) {
                shards.get(shard).remove(term);
            } else {
                shards.get(shard).put(term, v);
            }
        });
        changed.clear();
        IntStream.range(0, count).parallel().forEach(i -> {
            if (dirty[i] || shardFiles[i] == null) {
                shardFiles[i] = files.write(name(i), encoded(shards.get(i)));
            } else {
                files.keep(name(i), shardFiles[i]);
            }
        });
        return count;
    }

    /**
     * The written index as saved between builds, for {@link #restore}: first the files last written,
     * the terms outside the parts and the 文号 lists, then each part. Null before {@link #write}.
     */
    List<ByteBuffer> save() {
        if (shardFiles == null) {
            return null;
        }
        SavedBytes head = new SavedBytes(1 << 16).putInt(shardFiles.length).putLong(estimate);
        for (IndexFiles.Written w : shardFiles) {
            head.putLong(w.digest()).putInt(w.length());
        }
        head.putInt(others.size());
        others.forEach((term, e) -> {
            head.put(term);
            for (int k = 0; k < TermCounts.KINDS; k++) {
                e.list(k).save(head.room(e.list(k).savedSize()));
            }
        });
        head.putInt(docNumbers.size());
        docNumbers.forEach((term, list) -> {
            head.put(term).putInt(list.size());
            list.forEach(doc -> head.putInt((Integer) doc.get(0)).put((String) doc.get(1)));
        });
        List<ByteBuffer> out = new ArrayList<>(List.of(head.flip()));
        for (Part part : parts) {
            out.add(part.save());
        }
        return out;
    }

    /**
     * The index {@link #save} gave, ready to be patched with {@link #replace} and written again:
     * then only the files of the terms that changed are written, and those not {@code intact}
     * (their names, such as {@code t/3.json}). Throws when the bytes are not such an index.
     */
    static TermIndex restore(List<ByteBuffer> saved, Predicate<String> intact) {
        TermIndex index = new TermIndex(false);
        ByteBuffer head = saved.get(0);
        IndexFiles.Written[] files = new IndexFiles.Written[head.getInt()];
        index.estimate = head.getLong();
        for (int i = 0; i < files.length; i++) {
            IndexFiles.Written w = new IndexFiles.Written(head.getLong(), head.getInt());
            files[i] = intact.test(name(i)) ? w : null;
        }
        for (int n = head.getInt(); n > 0; n--) {
            String term = SavedBytes.string(head);
            // Arguments are evaluated in order: title, often, body, as saved.
            index.others.put(term, new Entry(PostingList.restore(head), PostingList.restore(head), PostingList.restore(head)));
        }
        for (int n = head.getInt(); n > 0; n--) {
            String term = SavedBytes.string(head);
            List<List<Object>> list = new ArrayList<>();
            for (int m = head.getInt(); m > 0; m--) {
                int doc = head.getInt();
                list.add(List.of(doc, SavedBytes.string(head)));
            }
            index.docNumbers.put(term, list);
        }
        for (int p = 0; p < PARTS; p++) {
            index.parts[p].restore(saved.get(p + 1));
        }
        index.shards = index.shards(files.length);
        index.shardFiles = files;
        return index;
    }

    private static String name(int shard) {
        return "t/" + shard + ".json";
    }

    /** A file's terms as written: entries encoded, 文号 lists as they are. */
    private Map<String, Object> encoded(Map<String, Object> terms) {
        Map<String, Object> out = new LinkedHashMap<>();
        terms.forEach((term, v) -> out.put(term, v instanceof Entry e ? e.encode(kept) : v));
        return out;
    }
}
