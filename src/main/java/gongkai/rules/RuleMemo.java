package gongkai.rules;

import gongkai.content.Problem;
import gongkai.content.SourceDoc;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a preview server remembers of checking single files: for each check (reading a policy,
 * screening for personal data, ...) and each loaded file, the value and problems it gave. The
 * loader hands over the same {@link SourceDoc} object for a file that did not change, so the
 * memo is keyed by identity and costs no hashing of the file's contents. Checks across files
 * (duplicate ids, references) always run. Only the entries used by the latest check are kept.
 */
public final class RuleMemo {
    /** A check of one file, by identity of the file as loaded. */
    private static final class Key {
        final String check;
        final SourceDoc doc;

        Key(String check, SourceDoc doc) {
            this.check = check;
            this.doc = doc;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.doc == doc && k.check.equals(check);
        }

        @Override
        public int hashCode() {
            return check.hashCode() * 31 + System.identityHashCode(doc);
        }
    }

    /** A check's outcome: its value (may be null) and the problems it found. */
    record Outcome(Object value, List<Problem> problems) {}

    private final Map<Key, Outcome> previous;
    private final Map<Key, Outcome> current = new ConcurrentHashMap<>();

    public RuleMemo() {
        this(Map.of());
    }

    private RuleMemo(Map<Key, Outcome> previous) {
        this.previous = previous;
    }

    /** The memo for the next check: the outcomes this one used. */
    public RuleMemo next() {
        return new RuleMemo(Collections.unmodifiableMap(current));
    }

    Outcome recall(String check, SourceDoc doc, Supplier<Outcome> run) {
        Key k = new Key(check, doc);
        Outcome o = previous.get(k);
        if (o == null) {
            o = run.get();
        }
        current.put(k, o);
        return o;
    }
}
