package gongkai.render;

import gongkai.model.Body;
import java.util.List;
import java.util.function.Supplier;

/**
 * One page to write: where, with which template, under which navigation section, and how to
 * build its view. The view is built only when the page is rendered, so a large portal never
 * holds all of them at once.
 *
 * @param title the page's own title; the {@code <title>} adds the section and the site name
 * @param section the navigation entry the page belongs to (its key)
 * @param distinction what tells this page apart from another page of the same title (a 文号, a
 *     date), added to its {@code <title>} only when another page has the same title; may be null
 * @param bodies the record bodies its view shows; everything else its view is made from is the
 *     portal's records without their bodies (see {@link SiteRenderer})
 */
public record Page(String path, String template, String title, String section, Supplier<Object> view, String distinction,
        List<Body> bodies) {

    public Page {
        bodies = List.copyOf(bodies);
    }

    /** A page whose title is its own, showing no record's body. */
    public Page(String path, String template, String title, String section, Supplier<Object> view) {
        this(path, template, title, section, view, null, List.of());
    }

    /** A page showing no record's body. */
    public Page(String path, String template, String title, String section, Supplier<Object> view, String distinction) {
        this(path, template, title, section, view, distinction, List.of());
    }
}
