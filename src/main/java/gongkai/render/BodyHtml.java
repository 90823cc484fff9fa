package gongkai.render;

import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Writes a parsed Markdown body as the HTML of a page body. The markup is an allow-list by
 * construction: only the tags and attributes written here can come out, and every piece of the
 * source (text, raw HTML, code, link titles and targets) goes through {@link HtmlEscape}. What is
 * written:
 *
 * <ul>
 *   <li>p, h2–h6, blockquote, ul, ol (start), li, pre, code, em, strong, br;
 *   <li>a (href, title) for targets {@link LinkTarget} allows; any other link keeps its words and
 *       loses the link, as does a link with another inside it (an autolink in its words);
 *   <li>table, thead, tbody, tr, th and td (align), each table inside a focusable scrolling region
 *       so a wide one scrolls on its own rather than the page;
 *   <li>raw HTML as escaped text in its place, never as markup;
 *   <li>for an image, its alternative text only: the page loads nothing a body names;
 *   <li>nothing for a thematic break.
 * </ul>
 *
 * <p>Headings are shifted so that the page title stays the only h1: the body's top level becomes
 * h2, the others follow at the same distance (at most h6). Line breaks between tags follow
 * commonmark's own HTML renderer, so the page source reads as it did.
 */
final class BodyHtml extends AbstractVisitor {
    private static final String TABLE_START =
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格（可横向滚动）\"><table>";
    private static final String TABLE_END = "</table></div>";

    private final StringBuilder out;
    private final int headingShift;

    private BodyHtml(int capacity, int headingShift) {
        out = new StringBuilder(capacity);
        this.headingShift = headingShift;
    }

    /** The HTML of {@code document}; {@code sourceLength} sizes the buffer. */
    static String of(Node document, int sourceLength) {
        int top = topHeadingLevel(document);
        BodyHtml html = new BodyHtml(sourceLength + sourceLength / 4 + 16, top > 6 ? 0 : 2 - top);
        document.accept(html);
        return html.out.toString();
    }

    /**
     * {@code html} (as written by {@link #of}) with {@code label} in bold at its start: inside the
     * first paragraph when the body starts with one, else before everything. Every top-level block
     * starts on a new line with its bare start tag, so the first one is found after the line
     * ends that a thematic break leaves.
     */
    static String withLabel(String html, String label) {
        int first = 0;
        while (first < html.length() && html.charAt(first) == '\n') {
            first++;
        }
        int at = html.startsWith("<p>", first) ? first + "<p>".length() : 0;
        StringBuilder sb = new StringBuilder(html.length() + label.length() + 40);
        sb.append(html, 0, at).append("<strong class=\"qa-label\">");
        HtmlEscape.text(sb, label);
        return sb.append("</strong>").append(html, at, html.length()).toString();
    }

    /** The smallest heading level in the body, 7 if it has no heading. */
    private static int topHeadingLevel(Node container) {
        int top = 7;
        for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                top = Math.min(top, h.getLevel());
            } else if (n instanceof BlockQuote || n instanceof ListBlock || n instanceof ListItem) {
                top = Math.min(top, topHeadingLevel(n));
            }
        }
        return top;
    }

    @Override
    public void visit(Heading heading) {
        int level = Math.min(6, heading.getLevel() + headingShift);
        line();
        out.append("<h").append(level).append('>');
        visitChildren(heading);
        out.append("</h").append(level).append('>');
        line();
    }

    @Override
    public void visit(Paragraph paragraph) {
        // In a tight list an item's words stand in the li without a p, as commonmark renders them.
        boolean bare = paragraph.getParent() != null && paragraph.getParent().getParent() instanceof ListBlock list
                && list.isTight();
        if (bare) {
            visitChildren(paragraph);
            return;
        }
        line();
        out.append("<p>");
        visitChildren(paragraph);
        out.append("</p>");
        line();
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        line();
        out.append("<blockquote>");
        line();
        visitChildren(blockQuote);
        line();
        out.append("</blockquote>");
        line();
    }

    @Override
    public void visit(BulletList list) {
        list(list, "<ul>", "</ul>");
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        list(list, start == null || start == 1 ? "<ol>" : "<ol start=\"" + start + "\">", "</ol>");
    }

    private void list(ListBlock list, String startTag, String endTag) {
        line();
        out.append(startTag);
        line();
        visitChildren(list);
        line();
        out.append(endTag);
        line();
    }

    @Override
    public void visit(ListItem item) {
        out.append("<li>");
        visitChildren(item);
        out.append("</li>");
        line();
    }

    @Override
    public void visit(FencedCodeBlock code) {
        // The info string (a language name, or anything) is not written: no class attribute.
        codeBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        codeBlock(code.getLiteral());
    }

    private void codeBlock(String literal) {
        line();
        out.append("<pre><code>");
        HtmlEscape.text(out, literal);
        out.append("</code></pre>");
        line();
    }

    @Override
    public void visit(HtmlBlock html) {
        line();
        out.append("<p>");
        HtmlEscape.text(out, html.getLiteral());
        out.append("</p>");
        line();
    }

    @Override
    public void visit(HtmlInline html) {
        HtmlEscape.text(out, html.getLiteral());
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        // No hr on the page; the line end commonmark writes after one stays.
        line();
        out.append('\n');
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // Used by the links that name it; nothing of its own to show.
    }

    @Override
    public void visit(Link link) {
        String href = LinkTarget.of(link.getDestination());
        // Links cannot nest; an autolink inside a link's words is the inner-most one and wins.
        if (href == null || holdsLink(link)) {
            visitChildren(link);
            return;
        }
        out.append("<a href=\"");
        HtmlEscape.attribute(out, href);
        out.append('"');
        if (link.getTitle() != null) {
            out.append(" title=\"");
            HtmlEscape.attribute(out, link.getTitle());
            out.append('"');
        }
        out.append('>');
        visitChildren(link);
        out.append("</a>");
    }

    /** Whether a link is among {@code node}'s words; an image's words are text only, so not there. */
    private static boolean holdsLink(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link || !(n instanceof Image) && holdsLink(n)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void visit(Image image) {
        AltText alt = new AltText();
        image.accept(alt);
        HtmlEscape.text(out, alt.text.toString());
    }

    @Override
    public void visit(Emphasis emphasis) {
        out.append("<em>");
        visitChildren(emphasis);
        out.append("</em>");
    }

    @Override
    public void visit(StrongEmphasis strong) {
        out.append("<strong>");
        visitChildren(strong);
        out.append("</strong>");
    }

    @Override
    public void visit(Code code) {
        out.append("<code>");
        HtmlEscape.text(out, code.getLiteral());
        out.append("</code>");
    }

    @Override
    public void visit(Text text) {
        HtmlEscape.text(out, text.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append("<br>");
        line();
    }

    @Override
    public void visit(CustomBlock block) {
        if (!(block instanceof TableBlock)) {
            visitChildren(block);
            return;
        }
        line();
        out.append(TABLE_START);
        visitChildren(block);
        out.append(TABLE_END);
        line();
    }

    @Override
    public void visit(CustomNode node) {
        String tag = tableTag(node);
        if (tag == null) {
            visitChildren(node);
            return;
        }
        line();
        out.append('<').append(tag);
        if (node instanceof TableCell cell && cell.getAlignment() != null) {
            out.append(" align=\"").append(cell.getAlignment().name().toLowerCase(Locale.ROOT)).append('"');
        }
        out.append('>');
        visitChildren(node);
        out.append("</").append(tag).append('>');
        line();
    }

    private static String tableTag(CustomNode node) {
        if (node instanceof TableCell cell) {
            return cell.isHeader() ? "th" : "td";
        }
        if (node instanceof TableRow) {
            return "tr";
        }
        if (node instanceof TableHead) {
            return "thead";
        }
        return node instanceof TableBody ? "tbody" : null;
    }

    /** Starts a new line unless the output is empty or already at one. */
    private void line() {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
    }

    /** An image's words as commonmark writes them into alt: text and code, breaks as line ends. */
    private static final class AltText extends AbstractVisitor {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text t) {
            text.append(t.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            text.append('\n');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            text.append('\n');
        }
    }
}
