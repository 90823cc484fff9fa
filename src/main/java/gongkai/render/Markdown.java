package gongkai.render;

import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Turns a record's Markdown into safe HTML. The HTML holds only the markup {@link BodyHtml}
 * writes: raw HTML in the source is shown as text, no scripts, event handlers or images, only
 * http(s), mailto and relative links (a link with any other target becomes plain text), headings
 * shifted so that the page title stays the only h1.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** HTML by source, kept between builds by a preview server; null to keep nothing. */
    private final Map<String, String> rendered;

    /** A renderer that keeps nothing. */
    public Markdown() {
        this(null);
    }

    /**
     * A renderer that remembers its output in {@code rendered} (thread-safe) by source text, so a
     * rebuild converts only the bodies that changed; null to keep nothing.
     */
    public Markdown(Map<String, String> rendered) {
        this.rendered = rendered;
    }

    /**
     * Renders {@code markdown} to sanitized HTML that starts with {@code label} in bold, e.g. 答：
     * in front of an answer, inside the first paragraph when there is one.
     */
    public String toHtml(String markdown, String label) {
        return BodyHtml.withLabel(toHtml(markdown), label);
    }

    /** Renders {@code markdown} to sanitized HTML. */
    public String toHtml(String markdown) {
        String source = markdown == null ? "" : markdown;
        return rendered == null ? convert(source) : rendered.computeIfAbsent(source, Markdown::convert);
    }

    private static String convert(String markdown) {
        return BodyHtml.of(PARSER.parse(markdown), markdown.length());
    }
}
