package gongkai.search;

import gongkai.model.Body;
import gongkai.index.PortalIndex;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Turns one kind of published record into search documents, in a stable order. */
public interface SearchSource {
    /**
     * A document without its words yet ({@link SearchDoc#text()} empty), and the way to them: the
     * index works them out when it comes to the document, so that a large portal's words are
     * never all in memory at once. {@code source} is the fingerprint of what the words are made
     * from (a body's Markdown, say), which names them without working them out.
     */
    record Pending(SearchDoc doc, Supplier<String> text, long source) {
        SearchDoc withText() {
            return doc.withText(text.get());
        }
    }

    /** The documents of {@code index}; {@code plain} turns a Markdown body into the text to search. */
    Stream<Pending> docs(PortalIndex index, Function<Body, String> plain);

    /** Every source the portal's search covers. */
    static List<SearchSource> all() {
        return List.of(new PolicySource(), new InterpretationSource(), new WorkPointItemSource());
    }
}
