package gongkai.search;

import gongkai.model.Body;
import gongkai.index.PortalIndex;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Turns one kind of published record into search documents, in a stable order. */
public interface SearchSource {
    /** The documents of {@code index}; {@code plain} turns a Markdown body into the text to search. */
    Stream<SearchDoc> docs(PortalIndex index, Function<Body, String> plain);

    /** Every source the portal's search covers. */
    static List<SearchSource> all() {
        return List.of(new PolicySource(), new InterpretationSource(), new WorkPointItemSource());
    }
}
