package gongkai.render;

import gongkai.model.Fingerprint;
import gongkai.model.Fingerprinted;
import java.util.function.Supplier;

/**
 * HTML of a page part made from a record's body, converted only when a page is written with it:
 * a rebuild compares what pages are made from, and a page whose body is unchanged is not written
 * again, so its Markdown need not be converted. Named by what it is made from (the body's
 * fingerprint, and whatever else the conversion reads), which is what equality and
 * {@link Fingerprint#ofValue} see; the same source through the same code gives the same HTML.
 */
public final class Html implements Fingerprinted {
    private final long source;
    private final Supplier<String> make;
    /** The HTML once made; made again at worst when two threads ask at once, which gives the same. */
    private volatile String html;

    private Html(long source, Supplier<String> make, String html) {
        this.source = source;
        this.make = make;
        this.html = html;
    }

    /** HTML made by {@code make} when first asked for, from a source whose fingerprint is {@code source}. */
    public static Html of(long source, Supplier<String> make) {
        return new Html(source, make, null);
    }

    /** No HTML: a blank body. */
    public static final Html EMPTY = new Html(Fingerprint.of(""), () -> "", "");

    /** The HTML, made now if not yet. */
    public String html() {
        String h = html;
        if (h == null) {
            h = make.get();
            html = h;
        }
        return h;
    }

    @Override
    public long fingerprint() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Html h && h.source == source;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(source);
    }
}
