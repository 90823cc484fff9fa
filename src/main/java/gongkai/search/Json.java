package gongkai.search;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON of the index files, as UTF-8: maps with string keys, collections, strings, integers,
 * booleans and null, without spaces. Strings are escaped as Jackson's default writer escapes them
 * (quote, backslash, control characters, a surrogate without its pair), so the files keep the
 * bytes, and the index its version, that earlier builds wrote. Written by hand because the index
 * has tens of thousands of small files, and a general mapper costs more to set up and to warm up
 * than writing these few shapes.
 */
final class Json {
    private final StringBuilder out = new StringBuilder(256);

    private Json() {}

    /** {@code value} as JSON. */
    static byte[] bytes(Object value) {
        Json json = new Json();
        json.value(value);
        return json.out.toString().getBytes(StandardCharsets.UTF_8);
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
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(separator);
            separator = ",";
            string((String) e.getKey());
            out.append(':');
            value(e.getValue());
        }
        out.append('}');
    }

    private void list(Collection<?> list) {
        out.append('[');
        String separator = "";
        for (Object v : list) {
            out.append(separator);
            separator = ",";
            value(v);
        }
        out.append(']');
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
