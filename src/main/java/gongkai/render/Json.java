package gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * JSON as UTF-8, of maps with string keys, collections, strings, integers, booleans and null: the
 * search index's files without spaces, the compliance report's findings indented for people.
 * Both come out as Jackson's default writer wrote them (strings escaped as it escapes them: quote,
 * backslash, control characters, a surrogate without its pair), so the files keep the bytes, and
 * the index its version, that earlier builds wrote. Written by hand because the index has tens of
 * thousands of small files, and a general mapper costs more to load, set up and warm up than the
 * whole report takes to write.
 */
public final class Json {
    private final StringBuilder out = new StringBuilder(256);
    /** Whether maps are laid out one entry per line, as Jackson's indenting printer does. */
    private final boolean indented;
    /** How many maps the value being written is in. */
    private int depth;

    private Json(boolean indented) {
        this.indented = indented;
    }

    /** {@code value} as JSON without spaces. */
    public static byte[] bytes(Object value) {
        return new Json(false).write(value);
    }

    /** {@code value} as indented JSON: each map entry on a line of its own, lists on one line. */
    public static byte[] indented(Object value) {
        return new Json(true).write(value);
    }

    private byte[] write(Object value) {
        value(value);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(Object value) {
        if (value instanceof String s) {
            string(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean || value == null) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Collection<?> list) {
            list(list);
        } else {
            throw new IllegalArgumentException("not written as JSON: " + value.getClass());
        }
    }

    private void map(Map<?, ?> map) {
        if (indented && map.isEmpty()) {
            out.append("{ }");
            return;
        }
        out.append('{');
        depth++;
        String separator = "";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(separator);
            separator = ",";
            newLine();
            string((String) e.getKey());
            out.append(indented ? " : " : ":");
            value(e.getValue());
        }
        depth--;
        newLine();
        out.append('}');
    }

    private void newLine() {
        if (indented) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private void list(Collection<?> list) {
        if (indented && list.isEmpty()) {
            out.append("[ ]");
            return;
        }
        out.append(indented ? "[ " : "[");
        String separator = "";
        for (Object v : list) {
            out.append(separator);
            separator = indented ? ", " : ",";
            value(v);
        }
        out.append(indented ? " ]" : "]");
    }

    /** Copies the runs between characters to escape whole; UTF-8 is left to the JDK's encoder. */
    private void string(String s) {
        out.append('"');
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    out.append(s, from, i);
                    escape(c);
                    from = i + 1;
                }
            }
        }
        out.append(s, from, n).append('"');
    }

    /** A quote, a backslash, a control character or a surrogate without its pair. */
    private void escape(char c) {
        out.append('\\');
        int letter = "\"\\\b\t\n\f\r".indexOf(c);
        if (letter >= 0) {
            out.append("\"\\btnfr".charAt(letter));
        } else {
            out.append('u').append(String.format("%04X", (int) c));
        }
    }
}
