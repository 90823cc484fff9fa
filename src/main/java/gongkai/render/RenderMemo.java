package gongkai.render;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a preview server remembers of the pages of its last build: for each page file, everything
 * its bytes are made from but the templates (the template name, titles, section and view). A
 * rebuild renders only the pages whose inputs differ, since equal inputs through the same
 * templates give equal bytes. Views are records and lists of records, so equality is structural.
 * A memo belongs to one templates folder in one state: when templates change, start a new one.
 */
public final class RenderMemo {
    /** The inputs of one page file. */
    record Inputs(String template, String title, String documentTitle, String section, Object view) {}

    private final Map<String, Inputs> previous;
    private final Map<String, Inputs> current = new ConcurrentHashMap<>();

    /** An empty memo: the first build renders every page. */
    public RenderMemo() {
        this(Map.of());
    }

    private RenderMemo(Map<String, Inputs> previous) {
        this.previous = previous;
    }

    /** The memo for the next build: what this build rendered. */
    public RenderMemo next() {
        return new RenderMemo(Collections.unmodifiableMap(current));
    }

    /** Records the inputs of {@code path}; true when they equal those of the last build. */
    boolean same(String path, Inputs inputs) {
        current.put(path, inputs);
        return inputs.equals(previous.get(path));
    }
}
