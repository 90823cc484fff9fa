package gongkai.render;

import gongkai.model.Body;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns a record's Markdown into safe HTML: raw HTML in the source is escaped by the renderer,
 * then the output goes through a jsoup allow-list (no scripts, no event handlers, only http(s),
 * mailto and relative links; a link with any other URL becomes plain text). Headings are shifted
 * so that the page title stays the only h1.
 */
public final class Markdown {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String BASE = "https://gongkai.invalid/";

    /** HTML by source, kept between builds by a preview server; null (nothing kept) otherwise. */
    private final Map<Body, String> rendered;

    /** A renderer that keeps nothing. */
    public Markdown() {
        this(null);
    }

    /**
     * A renderer that remembers its output in {@code rendered} (thread-safe) by source text, so a
     * rebuild converts only the bodies that changed; null to keep nothing.
     */
    public Markdown(Map<Body, String> rendered) {
        this.rendered = rendered;
    }

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("th", "scope")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "mailto")
            .preserveRelativeLinks(true);

    /**
     * Renders {@code markdown} to sanitized HTML that starts with {@code label} in bold, e.g. 答：
     * in front of an answer, inside the first paragraph when there is one.
     */
    public String toHtml(String markdown, String label) {
        Document doc = Jsoup.parseBodyFragment(toHtml(markdown));
        doc.outputSettings().prettyPrint(false);
        Element first = doc.body().firstElementChild();
        Element into = first != null && first.tagName().equals("p") ? first : doc.body();
        into.prependElement("strong").addClass("qa-label").text(label);
        return doc.body().html();
    }

    /** Renders {@code markdown} to sanitized HTML. */
    public String toHtml(String markdown) {
        return toHtml(Body.of(markdown == null ? "" : markdown));
    }

    /** Renders a record's body to sanitized HTML; a remembered body is neither read nor converted again. */
    public String toHtml(Body body) {
        return rendered == null ? convert(body.text()) : rendered.computeIfAbsent(body, b -> convert(b.text()));
    }

    private String convert(String markdown) {
        String raw = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(raw, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        shiftHeadings(clean.body());
        for (Element a : clean.select("a")) {
            // sanitizeUrls adds rel=nofollow; the cleaner drops rel. External links open in place.
            String href = a.attr("href");
            if (href.startsWith(BASE)) {
                href = href.substring(BASE.length());
                a.attr("href", href);
            }
            // A javascript:, data: or other refused URL was emptied by the renderer or dropped by
            // the cleaner: keep the words, lose the link, rather than publish a link to nowhere.
            if (href.isBlank()) {
                a.unwrap();
            }
        }
        for (Element table : clean.select("table")) {
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格（可横向滚动）\"></div>");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The page's h1 is the document title, so body headings start at h2 and never skip a level. */
    private static void shiftHeadings(Element body) {
        int top = 7;
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            top = Math.min(top, h.tagName().charAt(1) - '0');
        }
        if (top == 7) {
            return;
        }
        int shift = 2 - top;
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, h.tagName().charAt(1) - '0' + shift);
            h.tagName("h" + level);
        }
    }
}
