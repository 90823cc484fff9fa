package gongkai.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a preview server remembers of its last search index: the terms of each document, by the
 * text they come from, and the suggestions, by the titles and names they come from. Numbering,
 * posting lists and files are made anew each time from these; only the tokenizing and the phrase
 * mining, the costly parts, are skipped for what did not change. Only entries used by the latest
 * build are kept for the next.
 */
public final class SearchMemo {
    /** Everything a document's terms are made from. */
    record TermsKey(String title, String docNumber, String text, String context, String extra) {
        static TermsKey of(SearchDoc d) {
            return new TermsKey(d.title(), d.docNumber(), d.text(), d.context(), d.extra());
        }
    }

    private final Map<TermsKey, Object> previous;
    private final Map<TermsKey, Object> current = new ConcurrentHashMap<>();
    private final List<Object> keywordInputs;
    private final List<Keywords.Keyword> keywords;
    private List<Object> nextKeywordInputs;
    private List<Keywords.Keyword> nextKeywords;

    public SearchMemo() {
        this(Map.of(), null, null);
    }

    private SearchMemo(Map<TermsKey, Object> previous, List<Object> keywordInputs, List<Keywords.Keyword> keywords) {
        this.previous = previous;
        this.keywordInputs = keywordInputs;
        this.keywords = keywords;
    }

    /** The memo for the next build: what this one used. */
    public SearchMemo next() {
        return new SearchMemo(Map.copyOf(current), nextKeywordInputs, nextKeywords);
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

    List<Keywords.Keyword> keywords(List<Object> inputs, Supplier<List<Keywords.Keyword>> make) {
        List<Keywords.Keyword> k = inputs.equals(keywordInputs) ? keywords : make.get();
        nextKeywordInputs = inputs;
        nextKeywords = k;
        return k;
    }
}
