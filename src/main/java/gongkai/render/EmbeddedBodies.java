package gongkai.render;

import gongkai.model.Body;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The record bodies a view takes in, noted while it is built. A page's quick key counts only the
 * bodies the page names ({@link Page#bodies}), so it is trusted only for a page whose view took in
 * no other: with the same records and the same code, the next build's view takes in the same ones.
 */
final class EmbeddedBodies {
    private static final ThreadLocal<Set<Long>> NOTED = new ThreadLocal<>();

    private EmbeddedBodies() {}

    /** Notes that the view being built takes in {@code body}, whatever it then makes of it. */
    static Body note(Body body) {
        Set<Long> noted = NOTED.get();
        if (noted != null) {
            noted.add(body.fingerprint());
        }
        return body;
    }

    /** Builds a view with {@code build}, adding the fingerprint of each body it takes in to {@code into}. */
    static Object collect(Supplier<Object> build, Set<Long> into) {
        Set<Long> outer = NOTED.get();
        NOTED.set(into);
        try {
            return build.get();
        } finally {
            NOTED.set(outer);
        }
    }
}
