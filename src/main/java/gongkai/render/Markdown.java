package gongkai.render;

import java.util.List;
import java.util.Map;
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
    public record Body(String html, String text) {}

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Body EMPTY = new Body("", "");

    /** Bodies by source, kept between builds by a preview server; null to keep nothing. */
    private final Map<String, Body> bodies;

    /** A converter that keeps nothing. */
    public Markdown() {
        this(null);
    }

    /**
     * A converter that remembers its output in {@code bodies} (thread-safe) by source text, so a
     * rebuild converts only the bodies that changed; null to keep nothing.
     */
    public Markdown(Map<String, Body> bodies) {
        this.bodies = bodies;
    }

    /** The HTML and the text of {@code markdown} (null reads as empty). */
    public Body body(String markdown) {
        String source = markdown == null ? "" : markdown;
        return bodies == null ? convert(source) : bodies.computeIfAbsent(source, Markdown::convert);
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
     * The words of {@code markdown} as a reader sees them (see {@link Body#text()}), for callers
     * that need no HTML.
     */
    public static String text(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return BodyText.of(PARSER.parse(markdown), markdown.length());
    }

    private static Body convert(String markdown) {
        if (markdown.isEmpty()) {
            return EMPTY;
        }
        Node document = PARSER.parse(markdown);
        return new Body(BodyHtml.of(document, markdown.length()), BodyText.of(document, markdown.length()));
    }
}
