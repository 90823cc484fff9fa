package gongkai.search;

import gongkai.index.PortalIndex;
import java.util.stream.Stream;

/** Turns one kind of published record into search documents. */
public interface SearchSource {
    Stream<SearchDoc> docs(PortalIndex index);

    /** Every source the portal's search covers. */
    static java.util.List<SearchSource> all() {
        return java.util.List.of(new PolicySource(), new InterpretationSource(), new WorkPointItemSource());
    }
}
