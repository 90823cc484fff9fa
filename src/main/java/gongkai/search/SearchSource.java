package gongkai.search;

import gongkai.index.PortalIndex;
import java.util.List;
import java.util.stream.Stream;

/** Turns one kind of published record into search documents, in a stable order. */
public interface SearchSource {
    Stream<SearchDoc> docs(PortalIndex index);

    /** Every source the portal's search covers. */
    static List<SearchSource> all() {
        return List.of(new PolicySource(), new InterpretationSource(), new WorkPointItemSource());
    }
}
