package gongkai.render;

import gongkai.model.Fingerprint;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What is remembered of the pages of the last build: for each page, everything its bytes are made
 * from but the templates (the template name, titles, section and view). A rebuild renders only
 * the pages whose inputs differ, since equal inputs through the same templates give equal bytes.
 * A memo belongs to one templates folder in one state: when templates change, start a new one.
 *
 * <p>A preview server keeps the inputs themselves: views are records and lists of records, so
 * equality is structural, and comparing views that share most of their objects with the last
 * ones is quick. A build that saves its memory for the next keeps only a fingerprint of each
 * page's inputs ({@link Fingerprint#ofValue}), so that memory does not grow with the pages' text;
 * a page whose view holds anything a fingerprint cannot read is always rendered.
 *
 * <p>Building and comparing every page's view is most of a build after an edit, so a page may
 * also have a quick key: everything its view is made from, known without building it
 * ({@link SiteRenderer}). A page whose quick key is the last build's keeps that build's inputs
 * unbuilt.
 */
public final class RenderMemo {
    /** The inputs of one page. */
    record Inputs(String template, String title, String documentTitle, String section, Object view) {}

    /** The inputs ({@link Inputs}) or fingerprints ({@link Long}) of the last build, by page path. */
    private final Map<String, Object> previous;
    private final Map<String, Object> current = new ConcurrentHashMap<>();
    /** The quick keys of the last build and of this one, by page path. */
    private final Map<String, Long> previousQuick;
    private final Map<String, Long> currentQuick = new ConcurrentHashMap<>();
    private final boolean fingerprints;

    /** An empty memo that keeps inputs, for a preview server: its first build renders every page. */
    public RenderMemo() {
        this(Map.of(), Map.of(), false);
    }

    private RenderMemo(Map<String, Object> previous, Map<String, Long> previousQuick, boolean fingerprints) {
        this.previous = previous;
        this.previousQuick = previousQuick;
        this.fingerprints = fingerprints;
    }

    /** An empty memo that keeps fingerprints, for a build that saves them ({@link #fingerprints()}). */
    public static RenderMemo fingerprinting() {
        return new RenderMemo(Map.of(), Map.of(), true);
    }

    /**
     * The memo of a build saved earlier ({@link #fingerprints()}, {@link #quickKeys()}), trusting
     * only the pages whose files in both editions are {@code intact}: the same as that build wrote them.
     */
    public static RenderMemo restore(Map<String, Long> fingerprints, Map<String, Long> quick, Predicate<String> intact) {
        Map<String, Object> trusted = new HashMap<>();
        fingerprints.forEach((page, fingerprint) -> {
            for (Edition e : Edition.values()) {
                if (!intact.test(e.path(page))) {
                    return;
                }
            }
            trusted.put(page, fingerprint);
        });
        return new RenderMemo(trusted, quick, true);
    }

    /** The memo for the next build: what this build rendered. */
    public RenderMemo next() {
        return new RenderMemo(Collections.unmodifiableMap(current), Collections.unmodifiableMap(currentQuick), fingerprints);
    }

    /** The fingerprint of each page of this build, by path, to save for the next; empty for a memo that keeps inputs. */
    public Map<String, Long> fingerprints() {
        Map<String, Long> saved = new HashMap<>();
        if (fingerprints) {
            current.forEach((page, fingerprint) -> saved.put(page, (Long) fingerprint));
        }
        return saved;
    }

    /** The quick key of each page of this build that has one, by path, to save for the next; empty for a memo that keeps inputs. */
    public Map<String, Long> quickKeys() {
        return fingerprints ? Map.copyOf(currentQuick) : Map.of();
    }

    /**
     * True when page {@code path} has quick key {@code quick} (0 for none), as in the last build,
     * whose inputs it then keeps without their being built.
     */
    boolean sameQuick(String path, long quick) {
        Object remembered = previous.get(path);
        if (quick == 0 || remembered == null || previousQuick.getOrDefault(path, 0L) != quick) {
            return false;
        }
        current.put(path, remembered);
        currentQuick.put(path, quick);
        return true;
    }

    /** Records the inputs of {@code path} and its quick key (0 for none); true when the inputs equal those of the last build. */
    boolean same(String path, Inputs inputs, long quick) {
        if (quick != 0) {
            currentQuick.put(path, quick);
        }
        Object remembered = inputs;
        if (fingerprints) {
            OptionalLong fingerprint = Fingerprint.ofValue(inputs);
            if (fingerprint.isEmpty()) {
                return false;
            }
            remembered = fingerprint.getAsLong();
        }
        current.put(path, remembered);
        return remembered.equals(previous.get(path));
    }
}
