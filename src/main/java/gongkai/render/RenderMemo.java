package gongkai.render;

import gongkai.model.Fingerprint;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What is remembered of the pages of the last build: for each page, a fingerprint of everything
 * its bytes are made from but the templates (the template name, titles, section and view). A
 * rebuild renders only the pages whose fingerprints differ, since equal inputs through the same
 * templates give equal bytes. Views are records and lists of records, so a fingerprint is
 * structural ({@link Fingerprint#ofValue}); a page whose view holds anything else is always
 * rendered. A memo belongs to one templates folder in one state: when templates change, start a
 * new one.
 */
public final class RenderMemo {
    /** The inputs of one page. */
    record Inputs(String template, String title, String documentTitle, String section, Object view) {}

    private final Map<String, Long> previous;
    private final Map<String, Long> current = new ConcurrentHashMap<>();

    /** An empty memo: the first build renders every page. */
    public RenderMemo() {
        this(Map.of());
    }

    private RenderMemo(Map<String, Long> previous) {
        this.previous = previous;
    }

    /**
     * The memo of a build saved earlier ({@link #fingerprints}), trusting only the pages whose
     * files in both editions are {@code intact}: the same as that build wrote them.
     */
    public static RenderMemo restore(Map<String, Long> fingerprints, Predicate<String> intact) {
        Map<String, Long> trusted = new HashMap<>();
        fingerprints.forEach((page, fingerprint) -> {
            for (Edition e : Edition.values()) {
                if (!intact.test(e.path(page))) {
                    return;
                }
            }
            trusted.put(page, fingerprint);
        });
        return new RenderMemo(trusted);
    }

    /** The memo for the next build: what this build rendered. */
    public RenderMemo next() {
        return new RenderMemo(fingerprints());
    }

    /** The fingerprint of each page of this build, by path, to save for the next. */
    public Map<String, Long> fingerprints() {
        return Collections.unmodifiableMap(current);
    }

    /** Records the inputs of {@code path}; true when they equal those of the last build. */
    boolean same(String path, Inputs inputs) {
        OptionalLong fingerprint = Fingerprint.ofValue(inputs);
        if (fingerprint.isEmpty()) {
            return false;
        }
        current.put(path, fingerprint.getAsLong());
        Long before = previous.get(path);
        return before != null && before == fingerprint.getAsLong();
    }
}
