package gongkai.render;

import gongkai.model.Body;
import java.util.List;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Turns a record's Markdown into safe HTML and into the words search reads, from one parse. The
 * HTML holds only the markup {@link BodyHtml} writes: raw HTML in the source is shown as text, no
 * scripts, event handlers or images, only http(s), mailto and relative links (a link with any
 * other target becomes plain text), headings shifted so that the page title stays the only h1.
 */
public final class Markdown {
    /** A body as a page shows it ({@code html}) and as search reads it ({@code text}). */
    public record Converted(String html, String text) {}

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Converted EMPTY = new Converted("", "");

    /** How a record's body reaches its conversion: converted at once, or through a memo or an exchange. */
    private final Function<Body, Converted> bodies;

    /** A converter that converts each body when asked. */
    public Markdown() {
        this(Markdown::convertNow);
    }

    private Markdown(Function<Body, Converted> bodies) {
        this.bodies = bodies;
    }

    /**
     * A converter that has record bodies converted through {@code bodies} (from several threads),
     * which may remember conversions or share them with another reader, calling
     * {@link #convertNow} for what it does not have.
     */
    public static Markdown converting(Function<Body, Converted> bodies) {
        return new Markdown(bodies);
    }

    /** Converts a record's body now. */
    public static Converted convertNow(Body body) {
        return convert(body.text());
    }

    /** The HTML and the text of a record's body. */
    public Converted convert(Body body) {
        return bodies.apply(body);
    }

    /** The HTML and the text of {@code markdown} (null reads as empty). */
    public Converted body(String markdown) {
        return convert(markdown == null ? "" : markdown);
    }

    /** Renders a record's body to sanitized HTML. */
    public String toHtml(Body body) {
        return convert(body).html();
    }

    /** Renders {@code markdown} to sanitized HTML. */
    public String toHtml(String markdown) {
        return body(markdown).html();
    }

    /**
     * Renders {@code markdown} to sanitized HTML that starts with {@code label} in bold, e.g. 答：
     * in front of an answer, inside the first paragraph when there is one.
     */
    public String toHtml(String markdown, String label) {
        return BodyHtml.withLabel(toHtml(markdown), label);
    }

    /**
     * The words of {@code markdown} as a reader sees them (see {@link Converted#text()}), for
     * callers that need no HTML.
     */
    public static String text(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return BodyText.of(PARSER.parse(markdown), markdown.length());
    }

    private static Converted convert(String markdown) {
        if (markdown.isEmpty()) {
            return EMPTY;
        }
        Node document = PARSER.parse(markdown);
        return new Converted(BodyHtml.of(document, markdown.length()), BodyText.of(document, markdown.length()));
    }
}
