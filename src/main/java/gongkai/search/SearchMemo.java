package gongkai.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a preview server remembers of its last search index: the terms of each document, by the
 * text they come from; the index itself, with the documents it was built from, so that an edit
 * patches it (see {@link TermIndex#replace}) instead of building it again; the document files
 * written; and the suggestions, by the titles and names they come from. Only entries used by the
 * latest build are kept for the next.
 */
public final class SearchMemo {
    /** Documents changed at most for which patching the last index beats building a new one. */
    static final int MAX_PATCHED = 64;

    /** Everything a document's terms are made from. */
    record TermsKey(String title, String docNumber, String text, String context, String extra) {
        static TermsKey of(SearchDoc d) {
            return new TermsKey(d.title(), d.docNumber(), d.text(), d.context(), d.extra());
        }
    }

    /** A document file as written: its document, and its digest and length for {@link IndexFiles#keep}. */
    record DocFile(SearchDoc doc, IndexFiles.Written file) {}

    private final Map<TermsKey, Object> previous;
    private final Map<TermsKey, Object> current = new ConcurrentHashMap<>();
    private final List<Object> keywordInputs;
    private final List<Keywords.Keyword> keywords;
    private List<Object> nextKeywordInputs;
    private List<Keywords.Keyword> nextKeywords;
    /** The last build's index and the documents it holds, by number; taken by the build that patches it. */
    private TermIndex index;
    private List<SearchDoc> indexed;
    private TermIndex nextIndex;
    private List<SearchDoc> nextIndexed;
    private final List<DocFile> docFiles;
    private final List<DocFile> nextDocFiles = new ArrayList<>();
    /** Readings of terms, keywords and characters, kept for as long as the preview runs: few, and the same build after build. */
    private final Sounds sounds;

    public SearchMemo() {
        this(Map.of(), null, null, null, null, List.of(), new Sounds());
    }

    private SearchMemo(Map<TermsKey, Object> previous, List<Object> keywordInputs, List<Keywords.Keyword> keywords,
            TermIndex index, List<SearchDoc> indexed, List<DocFile> docFiles, Sounds sounds) {
        this.previous = previous;
        this.keywordInputs = keywordInputs;
        this.keywords = keywords;
        this.index = index;
        this.indexed = indexed;
        this.docFiles = docFiles;
        this.sounds = sounds;
    }

    /** The memo for the next build: what this one used. */
    public SearchMemo next() {
        return new SearchMemo(Collections.unmodifiableMap(current), nextKeywordInputs, nextKeywords, nextIndex, nextIndexed,
                List.copyOf(nextDocFiles), sounds);
    }

    @SuppressWarnings("unchecked")
    <T> T terms(SearchDoc d, Function<SearchDoc, T> make) {
        TermsKey k = TermsKey.of(d);
        Object t = previous.get(k);
        if (t == null) {
            t = make.apply(d);
        }
        current.put(k, t);
        return (T) t;
    }

    /**
     * The last build's index patched to hold {@code docs}, numbered as listed, or null when there
     * is none, when documents were added, removed or renumbered, or when more than {@link
     * #MAX_PATCHED} changed. The index is taken: a build that fails after this leaves no index for
     * the next, which then builds one.
     */
    TermIndex patched(List<SearchDoc> docs) {
        TermIndex last = index;
        List<SearchDoc> before = indexed;
        index = null;
        indexed = null;
        if (last == null || before.size() != docs.size()) {
            return null;
        }
        List<Integer> changed = new ArrayList<>();
        for (int n = 0; n < docs.size() && changed.size() <= MAX_PATCHED; n++) {
            SearchDoc was = before.get(n);
            SearchDoc now = docs.get(n);
            if (!was.path().equals(now.path())) {
                return null;
            }
            if (!TermsKey.of(was).equals(TermsKey.of(now))) {
                changed.add(n);
            }
        }
        if (changed.size() > MAX_PATCHED) {
            return null;
        }
        TermCounts counts = new TermCounts();
        for (int n : changed) {
            TermIndex.DocTerms was = (TermIndex.DocTerms) previous.get(TermsKey.of(before.get(n)));
            last.replace(n, was, terms(docs.get(n), counts::of));
        }
        for (SearchDoc d : docs) {
            TermsKey k = TermsKey.of(d);
            Object t = previous.get(k);
            if (t != null) {
                current.put(k, t);
            }
        }
        return last;
    }

    /** Remembers the index of this build, holding {@code docs} by number, for the next to patch. */
    void indexed(TermIndex index, List<SearchDoc> docs) {
        nextIndex = index;
        nextIndexed = docs;
    }

    /** The file of document number {@code n} as the last build wrote it, when it was made from a document equal to {@code doc}. */
    IndexFiles.Written docFile(int n, SearchDoc doc) {
        if (n < docFiles.size()) {
            DocFile f = docFiles.get(n);
            if (f.doc().equals(doc)) {
                return f.file();
            }
        }
        return null;
    }

    /** Remembers the files of this build's documents, by number. */
    void docFiles(List<DocFile> files) {
        nextDocFiles.clear();
        nextDocFiles.addAll(files);
    }

    /** The pinyin of words and characters, each worked out once. */
    Sounds sounds() {
        return sounds;
    }

    List<Keywords.Keyword> keywords(List<Object> inputs, Supplier<List<Keywords.Keyword>> make) {
        List<Keywords.Keyword> k = inputs.equals(keywordInputs) ? keywords : make.get();
        nextKeywordInputs = inputs;
        nextKeywords = k;
        return k;
    }
}
