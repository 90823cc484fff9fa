package gongkai.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * The URLs and fragment targets of one HTML page, read by a small tag scanner rather than a full
 * parser: the link check sees every page of the site, and building a DOM for each of them cost more
 * than rendering them. It follows the HTML syntax the check depends on: quoted and unquoted
 * attributes, character references in values, comments, and raw-text elements whose content is
 * not markup. Each URL and id remembers where its tag starts, so that one scan of a text written
 * in several variants gives the links of each ({@link #select}).
 */
public final class PageLinks {
    /** A URL in a file; {@code loads} when the browser fetches it with the page (not a link to follow). */
    public record Ref(String url, boolean loads) {}

    private static final List<String> RAW_TEXT = List.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "plaintext");

    private final List<Ref> refs = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** Where the tag of each ref, and of each id in {@link #idList}, starts; null once selected. */
    private int[] refAt = new int[16];
    private final List<String> idList;
    private int[] idAt;
    private String s;
    private int i;
    private int tagStart;

    private PageLinks(boolean scanning) {
        idList = scanning ? new ArrayList<>() : null;
        idAt = scanning ? new int[8] : null;
    }

    /** Every URL a page links to or loads (href, src, srcset, poster, object data, form action) and its ids. */
    public static PageLinks of(String html) {
        PageLinks r = new PageLinks(true);
        r.s = html;
        r.scan();
        // The page's text is not kept: a preview server holds these for every page.
        r.s = null;
        return r;
    }

    /**
     * The links of one variant of the scanned text: the URLs and ids whose tags start where
     * {@code keep} says that variant has them, each URL as {@code url} turns it.
     */
    public PageLinks select(IntPredicate keep, UnaryOperator<String> url) {
        PageLinks v = new PageLinks(false);
        for (int k = 0; k < refs.size(); k++) {
            if (keep.test(refAt[k])) {
                Ref r = refs.get(k);
                v.refs.add(new Ref(url.apply(r.url()), r.loads()));
            }
        }
        for (int k = 0; k < idList.size(); k++) {
            if (keep.test(idAt[k])) {
                v.ids.add(idList.get(k));
            }
        }
        v.refAt = null;
        return v;
    }

    /** The URLs, in page order. */
    public List<Ref> refs() {
        return refs;
    }

    /** The fragments the page offers: element ids, and the names of {@code <a name>} anchors. */
    public Set<String> ids() {
        return ids;
    }

    private void scan() {
        int n = s.length();
        while ((i = s.indexOf('<', i)) >= 0) {
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (i + 1 < n && isLetter(s.charAt(i + 1))) {
                tag();
            } else {
                i++;
            }
        }
    }

    /** The attributes that name a URL or an id; every other attribute is skipped without being read. */
    private static final String[] ATTRIBUTES = {"href", "src", "srcset", "poster", "xlink:href", "data", "action", "id", "name"};
    private static final int HREF = 0, SRC = 1, SRCSET = 2, POSTER = 3, XLINK = 4, DATA = 5, ACTION = 6, ID = 7, NAME = 8;
    /** The attributes that are a URL on any element. */
    private static final int[] URLS = {HREF, SRC, POSTER, XLINK};

    private void tag() {
        tagStart = i;
        int start = ++i;
        while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
            i++;
        }
        int nameEnd = i;
        String[] values = null;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int a = i;
            while (i < s.length() && !isSpace(s.charAt(i)) && "=>/".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            int attr = attribute(a, i);
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < s.length() && s.charAt(i) == '=') {
                i++;
                while (i < s.length() && isSpace(s.charAt(i))) {
                    i++;
                }
                value = value(attr >= 0);
            }
            if (attr >= 0) {
                if (values == null) {
                    values = new String[ATTRIBUTES.length];
                }
                if (values[attr] == null) {
                    values[attr] = value;
                }
            }
        }
        if (values != null) {
            found(start, nameEnd, values);
        }
        String raw = rawText(start, nameEnd);
        if (raw != null) {
            skipRawText(raw);
        }
    }

    /** Records the URLs and ids of the tag whose name is {@code s[start, end)}. */
    private void found(int start, int end, String[] v) {
        boolean a = is(start, end, "a");
        boolean loads = !(a || is(start, end, "area"));
        for (int attr : URLS) {
            if (v[attr] != null) {
                ref(new Ref(v[attr], loads));
            }
        }
        if (v[SRCSET] != null) {
            // "a.png 1x, b.png 2x": each candidate is a URL and an optional descriptor.
            for (String candidate : v[SRCSET].split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    ref(new Ref(url, true));
                }
            }
        }
        if (v[DATA] != null && is(start, end, "object")) {
            ref(new Ref(v[DATA], true));
        }
        if (v[ACTION] != null && is(start, end, "form")) {
            ref(new Ref(v[ACTION], true));
        }
        if (v[ID] != null) {
            id(v[ID]);
        }
        if (v[NAME] != null && a) {
            id(v[NAME]);
        }
    }

    /** Which of {@link #ATTRIBUTES} the name {@code s[start, end)} is, in any case, or -1. */
    private int attribute(int start, int end) {
        for (int k = 0; k < ATTRIBUTES.length; k++) {
            if (is(start, end, ATTRIBUTES[k])) {
                return k;
            }
        }
        return -1;
    }

    /** The name of a raw-text element whose name is {@code s[start, end)}, or null for any other element. */
    private String rawText(int start, int end) {
        for (String name : RAW_TEXT) {
            if (is(start, end, name)) {
                return name;
            }
        }
        return null;
    }

    private boolean is(int start, int end, String name) {
        return end - start == name.length() && s.regionMatches(true, start, name, 0, name.length());
    }

    private void ref(Ref r) {
        if (refs.size() == refAt.length) {
            refAt = Arrays.copyOf(refAt, refAt.length * 2);
        }
        refAt[refs.size()] = tagStart;
        refs.add(r);
    }

    private void id(String id) {
        if (idList.size() == idAt.length) {
            idAt = Arrays.copyOf(idAt, idAt.length * 2);
        }
        idAt[idList.size()] = tagStart;
        idList.add(id);
        ids.add(id);
    }

    /** Reads an attribute value; returns it only when {@code wanted}, else just moves past it. */
    private String value(boolean wanted) {
        if (i >= s.length()) {
            return "";
        }
        char q = s.charAt(i);
        int start;
        int end;
        if (q == '"' || q == '\'') {
            start = i + 1;
            end = s.indexOf(q, start);
            if (end < 0) {
                end = s.length();
            }
            i = Math.min(end + 1, s.length());
        } else {
            start = i;
            while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
                i++;
            }
            end = i;
        }
        if (!wanted) {
            return "";
        }
        String raw = s.substring(start, end);
        return raw.indexOf('&') < 0 ? raw : decode(raw);
    }

    private void skipRawText(String name) {
        String close = "</" + name;
        int from = i;
        while (true) {
            int end = s.indexOf("</", from);
            if (end < 0) {
                i = s.length();
                return;
            }
            if (s.regionMatches(true, end, close, 0, close.length())) {
                i = end;
                return;
            }
            from = end + 2;
        }
    }

    /** Character references: numeric ones and the named ones URLs and ids use. */
    static String decode(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            int semi = c == '&' ? v.indexOf(';', k) : -1;
            if (semi < 0 || semi - k > 10) {
                b.append(c);
                continue;
            }
            String ref = v.substring(k + 1, semi);
            String out = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> numeric(ref);
            };
            if (out == null) {
                b.append(c);
            } else {
                b.append(out);
                k = semi;
            }
        }
        return b.toString();
    }

    private static String numeric(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return Character.toString(Integer.parseInt(ref.substring(2), 16));
            }
            if (ref.startsWith("#")) {
                return Character.toString(Integer.parseInt(ref.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
