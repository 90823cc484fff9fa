package gongkai.render;

import java.nio.charset.StandardCharsets;

/**
 * A page rendered once for both editions. Its template runs a single time, with marks where the
 * editions differ: the prefix of files both editions share ({@code siteRoot}), the version switch,
 * and the parts one edition shows alone (the care stylesheet, the switch's words, 关怀版 in the
 * title). Each edition's bytes are then cut from the one text, which costs a fraction of running
 * the template twice.
 *
 * <p>A mark is NUL and a letter. NUL cannot come from content (YAML refuses it and Markdown turns
 * it into U+FFFD), so it appears in a rendered page only as a mark, and in UTF-8 only as the byte 0.
 */
final class MarkedPage {
    static final char MARK = '\u0000';
    /** Stands for the prefix that leads from the page to the site root, where shared files are. */
    static final String SITE_ROOT = MARK + "R";
    /** Stands for the link to the same page in the other edition. */
    static final String SWITCH = MARK + "W";
    /** Starts a part only the care edition has; {@link #END} ends it. */
    static final String CARE_ONLY = MARK + "C";
    /** Starts a part only the standard edition has; {@link #END} ends it. */
    static final String STANDARD_ONLY = MARK + "S";
    static final String END = MARK + "E";

    private final String text;
    private final byte[] utf8;
    /** Each mark's letter, its offset in the text and in the UTF-8 bytes, in order. */
    private final char[] codes;
    private final int[] charAt;
    private final int[] byteAt;
    private final String[] siteRoot = new String[2];
    private final String[] switchLink = new String[2];

    /** Thrown when a template uses the edition marks wrongly; the message says how to fix it. */
    static final class BadMarks extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadMarks(String message) {
            super(message);
        }
    }

    /** The page at standard-edition site path {@code path}, rendered into {@code text}. */
    MarkedPage(String path, String text) {
        this.text = text;
        int count = 0;
        for (int k = text.indexOf(MARK); k >= 0; k = text.indexOf(MARK, k + 2)) {
            count++;
        }
        codes = new char[count];
        charAt = new int[count];
        int m = 0;
        char open = 0;
        for (int k = text.indexOf(MARK); k >= 0; k = text.indexOf(MARK, k + 2)) {
            char code = k + 1 < text.length() ? text.charAt(k + 1) : 0;
            switch (code) {
                case 'R', 'W' -> { }
                case 'C', 'S' -> {
                    if (open != 0) {
                        throw new BadMarks(path + "：模板中 careOnly 和 standardOnly 不能嵌套，请先结束前一段。");
                    }
                    open = code;
                }
                case 'E' -> {
                    if (open == 0) {
                        throw new BadMarks(path + "：模板中有多余的版本段落结束标记。");
                    }
                    open = 0;
                }
                default -> throw new BadMarks(path + "：页面中有无法识别的版本标记（NUL 字符）。模板和内容中不能有 NUL 字符。");
            }
            codes[m] = code;
            charAt[m++] = k;
        }
        if (open != 0) {
            throw new BadMarks(path + "：模板中 careOnly 或 standardOnly 段落没有结束。");
        }
        utf8 = text.getBytes(StandardCharsets.UTF_8);
        byteAt = new int[count];
        // Marks sit mostly in the head and header; the search stops at the last one.
        for (int k = 0, b = -1; k < count; k++) {
            b = zero(utf8, b + 1);
            byteAt[k] = b;
        }
        String root = Paths.rootOf(path);
        for (Edition e : Edition.values()) {
            siteRoot[e.ordinal()] = e == Edition.CARE ? "../" + root : root;
            switchLink[e.ordinal()] = siteRoot[e.ordinal()] + e.other().path(path);
        }
    }

    /**
     * Where the next 0 byte is, from {@code from} on. A method of its own: a loop inside the large
     * constructor had the JIT compile all of it again and again to enter the loop midway.
     */
    private static int zero(byte[] bytes, int from) {
        int b = from;
        while (bytes[b] != 0) {
            b++;
        }
        return b;
    }

    /** The text with its marks, as rendered. */
    String text() {
        return text;
    }

    /** The page as {@code edition} publishes it, in UTF-8. */
    byte[] bytes(Edition edition) {
        byte[] root = siteRoot[edition.ordinal()].getBytes(StandardCharsets.US_ASCII);
        byte[] link = switchLink[edition.ordinal()].getBytes(StandardCharsets.US_ASCII);
        int length = 0;
        int from = 0;
        boolean kept = true;
        for (int m = 0; m < codes.length; m++) {
            length += kept ? byteAt[m] - from : 0;
            switch (codes[m]) {
                case 'R' -> length += kept ? root.length : 0;
                case 'W' -> length += kept ? link.length : 0;
                case 'E' -> kept = true;
                default -> kept = shows(codes[m], edition);
            }
            from = byteAt[m] + 2;
        }
        length += utf8.length - from;
        byte[] out = new byte[length];
        int at = 0;
        from = 0;
        kept = true;
        for (int m = 0; m < codes.length; m++) {
            if (kept) {
                System.arraycopy(utf8, from, out, at, byteAt[m] - from);
                at += byteAt[m] - from;
            }
            switch (codes[m]) {
                case 'R' -> at = put(out, at, kept ? root : null);
                case 'W' -> at = put(out, at, kept ? link : null);
                case 'E' -> kept = true;
                default -> kept = shows(codes[m], edition);
            }
            from = byteAt[m] + 2;
        }
        System.arraycopy(utf8, from, out, at, utf8.length - from);
        return out;
    }

    /** The links of {@code edition}'s page, from the links {@code scanned} in the marked text. */
    PageLinks links(Edition edition, PageLinks scanned) {
        String root = siteRoot[edition.ordinal()];
        String link = switchLink[edition.ordinal()];
        return scanned.select(offset -> shownAt(offset, edition),
                url -> url.indexOf(MARK) < 0 ? url : url.replace(SITE_ROOT, root).replace(SWITCH, link));
    }

    /** Whether what starts at {@code offset} of the text is in {@code edition}'s page. */
    private boolean shownAt(int offset, Edition edition) {
        char region = 0;
        for (int m = 0; m < codes.length && charAt[m] < offset; m++) {
            if (codes[m] == 'C' || codes[m] == 'S' || codes[m] == 'E') {
                region = codes[m];
            }
        }
        return region == 0 || region == 'E' || shows(region, edition);
    }

    private static boolean shows(char region, Edition edition) {
        return region == 'C' ? edition == Edition.CARE : edition == Edition.STANDARD;
    }

    private static int put(byte[] out, int at, byte[] what) {
        if (what == null) {
            return at;
        }
        System.arraycopy(what, 0, out, at, what.length);
        return at + what.length;
    }
}
