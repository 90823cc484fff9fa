package gongkai.search;

import gongkai.render.Markdown;

/**
 * The words of a Markdown body as a reader sees them, for indexing and excerpts; the same text a
 * page's {@link Markdown.Converted} carries, so search and page read a body alike.
 */
final class PlainText {
    private PlainText() {}

    static String of(String markdown) {
        return Markdown.text(markdown);
    }
}
