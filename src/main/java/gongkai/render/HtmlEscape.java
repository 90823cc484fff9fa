package gongkai.render;

/**
 * Escapes text and attribute values as the site's other HTML is serialized (jsoup's rules for
 * UTF-8 output), so a body reads the same in the page source as before: only what could end a
 * text run or a quoted value, start a character reference or not be written as UTF-8 is escaped;
 * Chinese text stays as it is.
 */
final class HtmlEscape {
    private HtmlEscape() {}

    /** Appends {@code s} as element text. */
    static void text(StringBuilder out, String s) {
        escape(out, s, false);
    }

    /** Appends {@code s} as the inside of a double-quoted attribute value. */
    static void attribute(StringBuilder out, String s) {
        escape(out, s, true);
    }

    private static void escape(StringBuilder out, String s, boolean inAttribute) {
        int n = s.length();
        int done = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xA0 && !Character.isSurrogate(c)) {
                continue;
            }
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> inAttribute ? "&quot;" : null;
                case '\u00A0' -> "&nbsp;";
                default -> needsReference(s, i, c) ? "&#x" + Integer.toHexString(c) + ";" : null;
            };
            if (replacement == null) {
                if (Character.isHighSurrogate(c)) {
                    i++; // a valid pair: its low half is written with it
                }
                continue;
            }
            out.append(s, done, i).append(replacement);
            done = i + 1;
        }
        out.append(s, done, n);
    }

    /**
     * Control characters other than tab and line ends, and halves of a surrogate pair standing
     * alone (they have no UTF-8 form), can only be written as character references.
     */
    private static boolean needsReference(String s, int i, char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
