package gongkai.search;

import gongkai.index.PortalIndex;
import gongkai.model.Agency;
import gongkai.model.Background;
import gongkai.model.Body;
import gongkai.model.Fingerprint;
import gongkai.model.PolicyKind;
import gongkai.model.Topic;
import gongkai.model.ValidityStatus;
import gongkai.render.Dates;
import gongkai.render.Markdown;
import gongkai.render.SiteOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Builds the site search from the published portal and writes it under {@link #DIR}, split so a
 * first query fetches only what it needs:
 * <ul>
 * <li>{@code meta.json}: shard counts, filter names, every document's filter values packed into a
 * few bits each, the synonym catalogue, the version;</li>
 * <li>{@code t/<n>.json}: the inverted index ({@link TermIndex});</li>
 * <li>{@code d/<n/1000>/<n>.json}: one document's title, link, details and text, fetched only for
 * the results on screen;</li>
 * <li>{@code p/<n>.json}, {@code chars.json}, {@code k/…}: pinyin, sounds and suggestions, fetched
 * only for pinyin input, corrections and typing.</li>
 * </ul>
 * Documents are numbered newest first, so a year is a range of numbers and ties rank newest first.
 * Only what {@link PortalIndex} publishes is read, so only 主动公开 records are ever in the index.
 */
public final class SearchIndex {
    /** Where the index lives in the site. */
    public static final String DIR = "search/data";
    /** Characters of each document's text kept for excerpts. */
    static final int TEXT_CHARS = 3000;
    /** Documents per folder of {@code d/}. */
    static final int DOCS_PER_FOLDER = 1000;
    /**
     * Most documents whose terms a build patches into the last build's index; past that, merging
     * every document's saved terms anew costs less than patching lists one document at a time.
     */
    static final int MAX_PATCHED = 256;

    /** What was written, for the build's summary line. */
    public record Summary(int documents, int files, long bytes) {}

    private final PortalIndex index;
    private final SearchMemo memo;
    private final SavedSearch saved;
    private final Function<Body, String> words;
    /** The documents listed and keyed before, or null to list them when building. */
    private final Documents listed;

    private SearchIndex(PortalIndex index, SearchMemo memo, SavedSearch saved, Function<Body, String> words, Documents listed) {
        this.index = index;
        this.memo = memo;
        this.saved = saved;
        this.words = words;
        this.listed = listed;
    }

    /**
     * The documents of an index, newest first, each with its key in the saved search
     * ({@link SavedSearch}): worked out by a build after an edit while it waits for its memory,
     * which the rest of the index needs, rather than after it.
     */
    public static final class Documents {
        private final PortalIndex index;
        private final Function<Body, String> words;
        private final List<SearchSource.Pending> pending;
        private final long[] keys;

        private Documents(PortalIndex index, Function<Body, String> words, List<SearchSource.Pending> pending, long[] keys) {
            this.index = index;
            this.words = words;
            this.pending = pending;
            this.keys = keys;
        }
    }

    /**
     * The documents of {@code index}, for {@link #write(Documents, SiteOutput, SavedSearch)};
     * {@code words} gives the words of a Markdown body as a reader sees them ({@link
     * Markdown#text}), which the caller may have from converting it for its page.
     */
    public static Documents documents(PortalIndex index, Function<Body, String> words) {
        SearchIndex s = new SearchIndex(index, null, null, words, null);
        List<SearchSource.Pending> pending = s.documents();
        long[] keys = new long[pending.size()];
        IntStream.range(0, keys.length).parallel().forEach(n -> keys[n] = s.key(pending.get(n)));
        return new Documents(index, words, pending, keys);
    }

    /**
     * Starts loading, on a thread of its own, what the index needs whatever the content: the pinyin
     * dictionaries, most of a second of one core when the program has just started. Called before
     * the content is read, it fills the moments that leaves a core idle.
     */
    public static void prepare() {
        Thread t = new Thread(Pinyin::load, "pinyin-dictionaries");
        t.setDaemon(true);
        t.start();
    }

    /** Builds the index of {@code index} and writes it into the site under {@link #DIR}. */
    public static Summary write(PortalIndex index, SiteOutput site) {
        return new SearchIndex(index, null, null, body -> Markdown.text(body.text()), null).build(site);
    }

    /**
     * As {@link #write(PortalIndex, SiteOutput)}, reusing what {@code memo} (may be null)
     * remembers; {@code words} gives the words of a Markdown body as a reader sees them
     * ({@link Markdown#text}), which the caller may have from converting it for its page.
     */
    public static Summary write(PortalIndex index, SiteOutput site, SearchMemo memo, Function<Body, String> words) {
        return new SearchIndex(index, memo, null, words, null).build(site);
    }

    /**
     * As {@link #write(PortalIndex, SiteOutput)}, for a build that remembers its index in {@code
     * saved} for the next and reuses what the last one remembered there, with the documents
     * {@link #documents listed} before.
     */
    public static Summary write(Documents documents, SiteOutput site, SavedSearch saved) {
        return new SearchIndex(documents.index, null, saved, documents.words, documents).build(site);
    }

    private Summary build(SiteOutput site) {
        List<SearchSource.Pending> pending = listed != null ? listed.pending : documents();
        IndexFiles files = new IndexFiles(site, DIR + "/");
        List<SearchDoc> docs;
        TermIndex terms;
        long[] keys = listed != null ? listed.keys : new long[pending.size()];
        if (memo == null) {
            docs = pending.stream().map(SearchSource.Pending::doc).toList();
            terms = saved == null ? null : patch(pending, keys, files);
            if (terms == null) {
                terms = new TermIndex(false);
                // A batch's words are worked out when it comes, and let go once its files are written:
                // holding the whole portal's words while the postings grow would need the memory of both.
                for (int from = 0; from < docs.size(); from += TermIndex.BATCH) {
                    addBatch(pending, from, Math.min(docs.size(), from + TermIndex.BATCH), terms, files, keys);
                }
            }
        } else {
            // A preview holds every body's words anyway, and patches the index it kept.
            docs = pending.parallelStream().map(SearchSource.Pending::withText).toList();
            terms = memo.patched(docs);
            if (terms == null) {
                terms = new TermIndex(true);
                for (int from = 0; from < docs.size(); from += TermIndex.BATCH) {
                    terms.add(docs.subList(from, Math.min(docs.size(), from + TermIndex.BATCH)), from, memo);
                }
            }
            memo.indexed(terms, docs);
            IndexFiles.Written[] kept = new IndexFiles.Written[docs.size()];
            Arrays.setAll(kept, n -> memo.docFile(n, docs.get(n)));
            IndexFiles.Written[] written = writeDocs(docs, 0, files, kept);
            memo.docFiles(IntStream.range(0, docs.size()).mapToObj(n -> new SearchMemo.DocFile(docs.get(n), written[n])).toList());
        }
        int termShards = terms.write(files);
        Sounds sounds = memo != null ? memo.sounds() : saved != null ? saved.sounds() : new Sounds();
        TermIndex finished = terms;
        // The pinyin files read the finished index and nothing of what follows, so they are
        // written beside it: a build after an edit waits for this last stretch of the index with
        // its other core idle.
        CompletableFuture<Integer> pinyin = Background.start("search-pinyin", () -> {
            int count = PinyinMap.write(finished, files, sounds::syllables);
            CharTable.write(finished, files, sounds);
            return count;
        });
        Map<String, Object> meta = new LinkedHashMap<>();
        Map<String, Integer> shards = new TreeMap<>();
        try {
            if (saved != null) {
                saved.index(keys, terms);
            }
            int suggestionShards = suggestions(docs, files, sounds);
            meta.put("count", docs.size());
            shards.put("t", termShards);
            shards.put("k", suggestionShards);
            meta.put("shards", shards);
            new Facets(index, docs).describe(meta);
            meta.put("synonyms", index.portal().synonyms().groups().stream()
                    .map(g -> g.stream().map(w -> Tokenizer.normalize(w).strip()).toList()).toList());
            meta.put("docsPerFolder", DOCS_PER_FOLDER);
        } catch (RuntimeException | Error e) {
            // Never fail with files still being written into a folder the failed build removes.
            pinyin.exceptionally(x -> 0).join();
            throw e;
        }
        shards.put("p", pinyin.join());
        meta.put("version", files.version());
        files.write("meta.json", meta);
        return new Summary(docs.size(), files.count(), files.bytes());
    }

    /** Every document, newest first; equal dates keep the order of their sources. */
    private List<SearchSource.Pending> documents() {
        List<SearchSource.Pending> docs = new ArrayList<>();
        for (SearchSource s : SearchSource.all()) {
            docs.addAll(s.docs(index, words).toList());
        }
        docs.sort(Comparator.comparing((SearchSource.Pending p) -> p.doc().date(), Comparator.reverseOrder())
                .thenComparing(p -> p.doc().type()));
        return docs;
    }

    /** Writes the suggestions ({@link SuggestionIndex}), or keeps the last build's where their inputs are the same; returns the number of character files. */
    private int suggestions(List<SearchDoc> docs, IndexFiles files, Sounds sounds) {
        List<Object[]> names = new ArrayList<>();
        index.byTopic().forEach((t, ps) -> names.add(new Object[] {t.name(), ps.size()}));
        index.byTag().forEach((t, ps) -> names.add(new Object[] {t.name(), ps.size()}));
        index.byAgency().forEach((a, ps) -> names.add(new Object[] {a.name(), ps.size()}));
        index.portal().synonyms().groups().forEach(g -> g.forEach(w -> names.add(new Object[] {w, 1})));
        // Titles of whole documents; item leads are sentences, not names.
        List<String> titles = docs.stream().filter(d -> d.kind() != null || d.type() == DocType.INTERPRETATION)
                .map(SearchDoc::title).toList();
        Supplier<List<Keywords.Keyword>> make = () -> {
            Keywords k = new Keywords();
            names.forEach(n -> k.addName((String) n[0], (Integer) n[1]));
            k.addTitles(titles);
            return k.all();
        };
        Function<List<Keywords.Keyword>, SuggestionIndex.Files> write = keywords -> SuggestionIndex.write(keywords, files, sounds::syllables);
        if (memo == null && saved == null) {
            return write.apply(make.get()).shards();
        }
        List<Object> inputs = new ArrayList<>(titles);
        names.forEach(n -> inputs.add(List.of(n)));
        return memo != null ? write.apply(memo.keywords(inputs, make)).shards()
                : saved.suggestions(Fingerprint.ofValue(inputs).orElse(0), make, write, files::keep);
    }

    /**
     * Indexes documents {@code from} to {@code to} (exclusive) of {@code pending} and writes their
     * files. What the last build saved is used for the documents it had: their terms, and their
     * files where they are unchanged; only the rest are converted and tokenized. Everything is
     * saved for the next build, each document by its key in {@code keys}.
     */
    private void addBatch(List<SearchSource.Pending> pending, int from, int to, TermIndex terms, IndexFiles files, long[] keys) {
        int size = to - from;
        SearchDoc[] batch = new SearchDoc[size];
        TermIndex.DocTerms[] known = new TermIndex.DocTerms[size];
        IndexFiles.Written[] kept = new IndexFiles.Written[size];
        SavedSearch.Entry[] entries = new SavedSearch.Entry[size];
        IntStream.range(0, size).parallel().forEach(k -> {
            int n = from + k;
            SearchSource.Pending p = pending.get(n);
            SavedSearch.Entry e = null;
            if (saved != null) {
                e = keys[n] == 0 ? null : saved.find(keys[n]);
                entries[k] = e;
            }
            if (e != null) {
                known[k] = e.terms();
                kept[k] = known[k] != null ? keptFile(e, n) : null;
            }
            batch[k] = kept[k] != null ? p.doc() : p.withText();
        });
        List<SearchDoc> docs = Arrays.asList(batch);
        TermIndex.DocTerms[] found = terms.add(docs, from, null, known);
        IndexFiles.Written[] written = writeDocs(docs, from, files, kept);
        if (saved != null) {
            for (int k = 0; k < size; k++) {
                if (keys[from + k] != 0) {
                    saved.add(keys[from + k], from + k, written[k], found[k], entries[k]);
                }
            }
        }
    }

    /** The file the last build wrote for {@code e}, if it is still that of number {@code n} as written; else null. */
    private IndexFiles.Written keptFile(SavedSearch.Entry e, int n) {
        return e.number() == n && saved.intact(DIR + "/" + docFile(n)) ? e.file() : null;
    }

    /** The key of a document in the saved search: everything its terms and its file are made from, but its number. */
    private long key(SearchSource.Pending p) {
        return SavedSearch.key(Fingerprint.ofValue(List.of(p.doc(), p.source(), index.agency(p.doc().agency()).name())).orElse(0));
    }

    /**
     * The index the last build saved, patched where the document of a number is not the one it
     * was, with every document's file written (and saved, by its key in {@code keys}). Patching
     * touches only the lists of the terms of the documents that changed, where merging touches
     * every document's; it needs the same number of documents, which an edit keeps (a new or
     * deleted record shifts the numbers of those after it, and then the index is built anew).
     * Null when it cannot be patched, and nothing is written then.
     */
    private TermIndex patch(List<SearchSource.Pending> pending, long[] keys, IndexFiles files) {
        int size = pending.size();
        SavedSearch.LastIndex last = saved.index(name -> saved.intact(DIR + "/" + name));
        if (last == null || last.keys().length != size) {
            return null;
        }
        SavedSearch.Entry[] entries = new SavedSearch.Entry[size];
        IntStream.range(0, size).parallel().forEach(n -> {
            entries[n] = keys[n] == 0 ? null : saved.find(keys[n]);
        });
        int[] changed = IntStream.range(0, size).filter(n -> keys[n] != last.keys()[n]).toArray();
        if (changed.length > MAX_PATCHED || IntStream.range(0, size).anyMatch(n -> keys[n] == last.keys()[n] && entries[n] == null)) {
            return null;
        }
        TermIndex.DocTerms[] before = new TermIndex.DocTerms[changed.length];
        for (int i = 0; i < changed.length; i++) {
            SavedSearch.Entry was = saved.find(last.keys()[changed[i]]);
            before[i] = was == null ? null : was.terms();
            if (before[i] == null) {
                return null;
            }
        }
        SearchDoc[] batch = new SearchDoc[size];
        TermIndex.DocTerms[] found = new TermIndex.DocTerms[size];
        IndexFiles.Written[] kept = new IndexFiles.Written[size];
        IntStream.range(0, size).parallel().forEach(n -> {
            SavedSearch.Entry e = entries[n];
            if (e != null) {
                kept[n] = keptFile(e, n);
            }
            batch[n] = kept[n] != null ? pending.get(n).doc() : pending.get(n).withText();
        });
        TermIndex terms = last.terms();
        TermCounts counts = new TermCounts();
        for (int i = 0; i < changed.length; i++) {
            int n = changed[i];
            found[n] = entries[n] == null ? null : entries[n].terms();
            if (found[n] == null) {
                found[n] = counts.of(batch[n]);
            }
            terms.replace(n, before[i], found[n]);
        }
        IndexFiles.Written[] written = writeDocs(Arrays.asList(batch), 0, files, kept);
        for (int n = 0; n < size; n++) {
            if (keys[n] != 0) {
                saved.add(keys[n], n, written[n], found[n], entries[n]);
            }
        }
        return terms;
    }

    /** The file of document number {@code n}, under {@link #DIR}. */
    private static String docFile(int n) {
        return "d/" + n / DOCS_PER_FOLDER + "/" + n + ".json";
    }

    /**
     * Writes {@code d/<n/1000>/<n>.json} of each document of {@code batch}, whose first is number
     * {@code first}, but keeps those of {@code kept} (null where none) as the last build wrote them.
     */
    private IndexFiles.Written[] writeDocs(List<SearchDoc> batch, int first, IndexFiles files, IndexFiles.Written[] kept) {
        IndexFiles.Written[] written = new IndexFiles.Written[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(k -> {
            int n = first + k;
            SearchDoc d = batch.get(k);
            String name = docFile(n);
            if (kept[k] != null) {
                files.keep(name, kept[k]);
                written[k] = kept[k];
                return;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("t", d.title());
            out.put("u", d.path());
            if (d.docNumber() != null) {
                out.put("n", d.docNumber());
            }
            out.put("a", index.agency(d.agency()).name());
            out.put("d", Dates.zh(d.date()));
            if (d.context() != null) {
                out.put("c", d.context());
            }
            if (d.example()) {
                out.put("e", 1);
            }
            String text = d.text();
            if (text.codePointCount(0, text.length()) > TEXT_CHARS) {
                text = text.substring(0, text.offsetByCodePoints(0, TEXT_CHARS));
            }
            out.put("x", text);
            written[k] = files.write(name, out);
        });
        return written;
    }

    /**
     * The filters and every document's values for them, packed: type, 文件类型, validity, agency and
     * first topic, each in as few bits as its values need, document after document, six bits per
     * base-64 digit; further topics are listed apart. The year needs no bits: documents are
     * numbered by date, so each year is a range.
     */
    private static final class Facets {
        private final List<SearchDoc> docs;
        private final List<String[]> statuses;
        private final List<Agency> agencies;
        private final List<Topic> topics;
        private final Map<String, Integer> statusIndex = new LinkedHashMap<>();
        private final Map<String, Integer> agencyIndex = new LinkedHashMap<>();
        private final Map<String, Integer> topicIndex = new LinkedHashMap<>();

        Facets(PortalIndex index, List<SearchDoc> docs) {
            this.docs = docs;
            this.agencies = index.portal().site().agencies();
            this.topics = index.portal().site().topics();
            Map<String, String[]> found = new TreeMap<>();
            for (SearchDoc d : docs) {
                ValidityStatus s = d.status();
                found.putIfAbsent(s.key(), new String[] {s.key(), s.label(), String.valueOf(rank(s))});
            }
            this.statuses = new ArrayList<>(found.values());
            statuses.sort(Comparator.comparing((String[] s) -> s[2]).thenComparing(s -> s[0]));
            statuses.forEach(s -> statusIndex.put(s[0], statusIndex.size()));
            agencies.forEach(a -> agencyIndex.put(a.id(), agencyIndex.size()));
            // Topic values start at 1: 0 means none.
            topics.forEach(t -> topicIndex.put(t.id(), topicIndex.size() + 1));
        }

        /** In force first, then documents without validity data or not yet in force, then the rest. */
        private static int rank(ValidityStatus s) {
            if (s.inForce()) {
                return 0;
            }
            return s instanceof ValidityStatus.Unspecified || s instanceof ValidityStatus.NotYetEffective ? 1 : 2;
        }

        void describe(Map<String, Object> meta) {
            Map<String, Object> dims = new LinkedHashMap<>();
            List<String> typeKeys = new ArrayList<>();
            List<String> typeLabels = new ArrayList<>();
            for (DocType t : DocType.values()) {
                typeKeys.add(t.key());
                typeLabels.add(t.label());
            }
            dims.put("type", dim("类型", typeKeys, typeLabels, null));
            List<String> kindKeys = new ArrayList<>(List.of(""));
            List<String> kindLabels = new ArrayList<>(List.of(""));
            for (PolicyKind k : PolicyKind.values()) {
                kindKeys.add(k == PolicyKind.NORMATIVE ? "normative" : "other");
                kindLabels.add(k.label());
            }
            dims.put("kind", dim("文件类型", kindKeys, kindLabels, null));
            dims.put("status", dim("有效性", statuses.stream().map(s -> s[0]).toList(), statuses.stream().map(s -> s[1]).toList(),
                    statuses.stream().map(s -> Integer.parseInt(s[2])).toList()));
            dims.put("agency", dim("发布机构", agencies.stream().map(Agency::id).toList(),
                    agencies.stream().map(Agency::name).toList(), null));
            List<String> topicKeys = new ArrayList<>(List.of(""));
            List<String> topicLabels = new ArrayList<>(List.of(""));
            topics.forEach(t -> {
                topicKeys.add(t.id());
                topicLabels.add(t.name());
            });
            dims.put("topic", dim("主题", topicKeys, topicLabels, null));
            meta.put("dims", dims);

            List<String> order = List.of("type", "kind", "status", "agency", "topic");
            int[] bits = order.stream().mapToInt(k -> bitsFor(((List<?>) ((Map<?, ?>) dims.get(k)).get("keys")).size())).toArray();
            meta.put("order", order);
            meta.put("bits", IntStream.of(bits).boxed().toList());
            meta.put("years", years());
            Map<String, List<Integer>> more = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
            BitWriter w = new BitWriter();
            for (int n = 0; n < docs.size(); n++) {
                SearchDoc d = docs.get(n);
                int[] values = {d.type().ordinal(), d.kind() == null ? 0 : d.kind().ordinal() + 1, statusIndex(d.status()),
                        agencyIndex(d.agency()), d.topics().isEmpty() ? 0 : topicIndex(d.topics().get(0))};
                for (int i = 0; i < values.length; i++) {
                    w.write(values[i], bits[i]);
                }
                if (d.topics().size() > 1) {
                    more.put(String.valueOf(n), d.topics().subList(1, d.topics().size()).stream().map(this::topicIndex).toList());
                }
            }
            meta.put("codes", w.toString());
            meta.put("more", more);
        }

        private static Map<String, Object> dim(String label, List<String> keys, List<String> labels, List<Integer> rank) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", label);
            m.put("keys", keys);
            m.put("labels", labels);
            if (rank != null) {
                m.put("rank", rank);
            }
            return m;
        }

        private static int bitsFor(int values) {
            return Math.max(1, 32 - Integer.numberOfLeadingZeros(values - 1));
        }

        /** Each year with its first document number and how many documents it has, newest first. */
        private List<List<Integer>> years() {
            List<List<Integer>> out = new ArrayList<>();
            int start = 0;
            for (int n = 1; n <= docs.size(); n++) {
                if (n == docs.size() || docs.get(n).date().getYear() != docs.get(start).date().getYear()) {
                    out.add(List.of(docs.get(start).date().getYear(), start, n - start));
                    start = n;
                }
            }
            return out;
        }

        private int statusIndex(ValidityStatus s) {
            return statusIndex.get(s.key());
        }

        private int agencyIndex(String id) {
            return agencyIndex.get(id);
        }

        private int topicIndex(String id) {
            return topicIndex.get(id);
        }
    }

    /** A stream of small numbers packed bit by bit, least significant first, written as base-64 digits. */
    static final class BitWriter {
        private final StringBuilder out = new StringBuilder();
        private int pending;
        private int pendingBits;

        void write(int value, int bits) {
            for (int b = 0; b < bits; b++) {
                pending |= (value >>> b & 1) << pendingBits++;
                if (pendingBits == 6) {
                    out.append(PostingList.DIGITS.charAt(pending));
                    pending = 0;
                    pendingBits = 0;
                }
            }
        }

        @Override
        public String toString() {
            return pendingBits == 0 ? out.toString() : out.toString() + PostingList.DIGITS.charAt(pending);
        }
    }
}
