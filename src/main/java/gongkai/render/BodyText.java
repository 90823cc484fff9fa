package gongkai.render;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a parsed Markdown body as a reader sees them, for indexing and excerpts: markup
 * dropped, one line per block. A soft line break joins without a space, as Chinese lines do. Raw
 * HTML is left out: the page escapes it, so it is not text a reader would search for.
 */
final class BodyText extends AbstractVisitor {
    private final StringBuilder sb;

    private BodyText(int capacity) {
        sb = new StringBuilder(capacity);
    }

    /** The text of {@code document}; {@code sourceLength} sizes the buffer. */
    static String of(Node document, int sourceLength) {
        BodyText text = new BodyText(sourceLength);
        document.accept(text);
        return text.sb.toString().strip();
    }

    @Override
    public void visit(Text text) {
        sb.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        sb.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) < 0x80) {
            sb.append(' ');
        }
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        sb.append('\n');
    }

    @Override
    public void visit(Paragraph paragraph) {
        block(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        block(heading);
    }

    @Override
    public void visit(FencedCodeBlock code) {
        sb.append(code.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        sb.append(code.getLiteral()).append('\n');
    }

    @Override
    public void visit(HtmlBlock html) {
        // Markup, shown escaped on the page: not words anyone searches for.
    }

    @Override
    public void visit(HtmlInline html) {
        // As above.
    }

    @Override
    public void visit(CustomNode node) {
        visitChildren(node);
        if (node instanceof TableCell) {
            sb.append(' ');
        } else if (node instanceof TableRow) {
            sb.append('\n');
        }
    }

    private void block(Node node) {
        visitChildren(node);
        sb.append('\n');
    }
}
