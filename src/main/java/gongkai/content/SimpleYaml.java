package gongkai.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for the simple YAML that front matter and content files are written in: block
 * mappings and sequences laid out by indentation ({@code key: value}, {@code - item},
 * {@code - key: value}), one-line plain, single- and double-quoted scalars, one-line flow lists
 * and mappings of such scalars ({@code [a, "b, c"]}, {@code {id: x, name: y}}), comments and empty
 * values. It builds exactly the tree {@link YamlReader}'s Jackson path builds, lines included,
 * and declines (returns null) on anything else, however harmless: the Jackson path then reads the
 * text, and it alone reports errors, so every message stays the same. Loading a large portal is
 * dominated by parsing front matter, and this subset covers nearly all of it at a small fraction
 * of the cost.
 */
final class SimpleYaml {
    /**
     * Longest text taken, in chars; longer texts go to Jackson, whose size bound then applies. Real
     * front matter is a few hundred chars and the largest work-point document about 15,000.
     */
    private static final int MAX_CHARS = 256 * 1024;

    /** Deepest nesting taken, well below {@link YamlReader#MAX_DEPTH}, whose check stays Jackson's. */
    private static final int MAX_DEPTH = 24;

    /** Longest key taken; the YAML scanner does not take keys over 1024 code points. */
    private static final int MAX_KEY = 256;

    /** Unwinds the parse when the text leaves the subset; shared, as it carries nothing. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    /** Chars a plain scalar may not start with here: YAML's indicators, and a space. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@` ";

    private final String s;
    private final int lineOffset;
    /** Start of the line after the current one. */
    private int next;
    /** Number of lines passed, so the current line's number within the text. */
    private int lines;
    /** The current significant (neither blank nor comment) line: its start, end, indentation and file line; start -1 at the end. */
    private int start;
    private int end;
    private int indent;
    private int line;
    /** Where a scalar just read ends. */
    private int pos;

    private SimpleYaml(String s, int firstLine) {
        this.s = s;
        this.lineOffset = firstLine - 1;
    }

    /** The tree of {@code text}, or null when the text is not in the subset. */
    static YamlNode.Mapping parse(String text, int firstLine) {
        if (text.length() > MAX_CHARS || !simpleChars(text)) {
            return null;
        }
        try {
            SimpleYaml p = new SimpleYaml(text, firstLine);
            p.advance();
            if (p.start < 0 || p.dash()) {
                return null;
            }
            YamlNode.Mapping root = p.mapping(p.indent, p.start + p.indent, 1);
            return p.start < 0 ? root : null;
        } catch (Decline d) {
            return null;
        }
    }

    /**
     * Whether every char is one the subset takes: printable, no tab (YAML refuses it in
     * indentation, and this reader does not track where it is allowed), no carriage return (a
     * lone one breaks lines for YAML; front matter comes with CRLF already folded), no byte-order
     * mark and no C1 control or line separator, whose treatment this reader does not mirror.
     */
    private static boolean simpleChars(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n' || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                    || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /** Moves to the next line that holds something other than spaces and a comment. */
    private void advance() {
        while (next < s.length()) {
            int ls = next;
            int le = s.indexOf('\n', ls);
            if (le < 0) {
                le = s.length();
            }
            next = le + 1;
            lines++;
            int i = ls;
            while (i < le && s.charAt(i) == ' ') {
                i++;
            }
            if (i == le || s.charAt(i) == '#') {
                continue;
            }
            if (i == ls && (s.startsWith("---", ls) || s.startsWith("...", ls))) {
                throw DECLINE; // document markers
            }
            start = ls;
            end = le;
            indent = i - ls;
            line = lines + lineOffset;
            return;
        }
        start = -1;
        indent = -1;
    }

    /** Whether the current line is a sequence entry: "-" then a space or the line's end. */
    private boolean dash() {
        int d = start + indent;
        return s.charAt(d) == '-' && (d + 1 == end || s.charAt(d + 1) == ' ');
    }

    /** A block mapping whose keys stand at column {@code col}, the first at {@code from} on the current line. */
    private YamlNode.Mapping mapping(int col, int from, int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int mappingLine = line;
        int p = from;
        while (true) {
            int colon = keyColon(p);
            if (colon < 0) {
                throw DECLINE;
            }
            String key = YamlReader.canonicalKey(keyText(p, colon));
            int keyLine = line;
            int v = skipSpaces(colon + 1);
            YamlNode value;
            if (v == end || s.charAt(v) == '#') {
                value = nested(col, true, keyLine, depth);
            } else {
                value = inline(v, depth);
                advance();
            }
            if (entries.putIfAbsent(key, value) != null) {
                throw DECLINE; // Jackson words the duplicate-key error
            }
            keyLines.put(key, keyLine);
            if (start < 0 || indent < col) {
                return new YamlNode.Mapping(entries, keyLines, mappingLine);
            }
            if (indent > col || dash()) {
                throw DECLINE;
            }
            p = start + col;
        }
    }

    /** A block sequence whose entries' dashes stand at column {@code col}, the first on the current line. */
    private YamlNode.Sequence sequence(int col, int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        List<YamlNode> items = new ArrayList<>();
        int sequenceLine = line;
        while (true) {
            int itemLine = line;
            int v = skipSpaces(start + col + 1);
            if (v == end || s.charAt(v) == '#') {
                items.add(nested(col, false, itemLine, depth));
            } else if (keyColon(v) >= 0) {
                items.add(mapping(v - start, v, depth + 1));
            } else {
                items.add(inline(v, depth));
                advance();
            }
            if (start < 0 || indent < col || indent == col && !dash()) {
                return new YamlNode.Sequence(items, sequenceLine);
            }
            if (indent > col) {
                throw DECLINE; // a continued scalar or a misplaced line
            }
        }
    }

    /**
     * The value of a key or dash at column {@code col} that has nothing after it on its line: a
     * block collection on the lines below, or null (reported on the key's or dash's line). A
     * mapping's value may be a sequence whose dashes stand at the key's own column.
     */
    private YamlNode nested(int col, boolean mappingValue, int ownerLine, int depth) {
        advance();
        if (start >= 0) {
            if (indent > col) {
                if (dash()) {
                    return sequence(indent, depth + 1);
                }
                return mapping(indent, start + indent, depth + 1);
            }
            if (indent == col && mappingValue && dash()) {
                return sequence(col, depth + 1);
            }
        }
        return scalar("", ownerLine);
    }

    /** A value that starts at {@code p} and fills the rest of the current line, bar a comment. */
    private YamlNode inline(int p, int depth) {
        char c = s.charAt(p);
        YamlNode value;
        if (c == '[' || c == '{') {
            if (depth + 1 > MAX_DEPTH) {
                throw DECLINE;
            }
            value = c == '[' ? flowSequence(p) : flowMapping(p);
        } else if (c == '"' || c == '\'') {
            value = scalar(quoted(p), line);
        } else {
            value = scalar(plain(p, false), line);
        }
        lineRest(pos);
        return value;
    }

    /** {@code [a, "b"]} on one line. */
    private YamlNode.Sequence flowSequence(int p) {
        List<YamlNode> items = new ArrayList<>();
        int i = firstEntry(p);
        if (s.charAt(i) == ']') {
            pos = i + 1;
            return new YamlNode.Sequence(items, line);
        }
        while (true) {
            items.add(scalar(flowScalar(i), line));
            i = skipSpaces(pos);
            if (i < end && s.charAt(i) == ']') {
                pos = i + 1;
                return new YamlNode.Sequence(items, line);
            }
            i = afterComma(i, ']');
        }
    }

    /** {@code {id: x, name: y}} on one line, every key with a value. */
    private YamlNode.Mapping flowMapping(int p) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int i = firstEntry(p);
        if (s.charAt(i) == '}') {
            pos = i + 1;
            return new YamlNode.Mapping(entries, keyLines, line);
        }
        while (true) {
            String key = YamlReader.canonicalKey(flowKey(i));
            i = skipSpaces(pos + 1);
            if (i == end || s.charAt(i) == ',' || s.charAt(i) == '}') {
                throw DECLINE; // an empty value
            }
            if (entries.putIfAbsent(key, scalar(flowScalar(i), line)) != null) {
                throw DECLINE;
            }
            keyLines.put(key, line);
            i = skipSpaces(pos);
            if (i < end && s.charAt(i) == '}') {
                pos = i + 1;
                return new YamlNode.Mapping(entries, keyLines, line);
            }
            i = afterComma(i, '}');
        }
    }

    /** Past the bracket at {@code p} and the spaces after it, on the same line. */
    private int firstEntry(int p) {
        int i = skipSpaces(p + 1);
        if (i == end) {
            throw DECLINE; // the collection goes on to the next line
        }
        return i;
    }

    /** Past the comma at {@code i} and the spaces after it, where another entry must start. */
    private int afterComma(int i, char close) {
        if (i == end || s.charAt(i) != ',') {
            throw DECLINE;
        }
        i = skipSpaces(i + 1);
        if (i == end || s.charAt(i) == close || s.charAt(i) == ',') {
            throw DECLINE; // a trailing or empty entry, or the list goes on to the next line
        }
        return i;
    }

    /** A key in a flow mapping; leaves {@link #pos} on its colon, which a space must follow. */
    private String flowKey(int i) {
        String key;
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            key = quoted(i);
        } else {
            key = plain(i, true);
        }
        if (pos + 1 >= end || s.charAt(pos) != ':' || s.charAt(pos + 1) != ' ' || key.length() > MAX_KEY) {
            throw DECLINE;
        }
        return key;
    }

    /** A scalar inside a flow collection; a following colon (a nested pair) leaves it to the caller. */
    private String flowScalar(int i) {
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            return quoted(i);
        }
        String text = plain(i, true);
        if (pos < end && s.charAt(pos) == ':') {
            throw DECLINE;
        }
        return text;
    }

    /**
     * Where the colon after a key starting at {@code p} stands, or -1 when no key starts there.
     * A key is a one-line quoted or plain scalar followed by a colon and a space or the line's end.
     */
    private int keyColon(int p) {
        char c = s.charAt(p);
        int colon;
        if (c == '"' || c == '\'') {
            int close = quotedEnd(p);
            colon = close >= 0 && close < end && s.charAt(close) == ':' ? close : -1;
        } else if (INDICATORS.indexOf(c) >= 0) {
            return -1; // a flow collection, or a key this reader leaves alone
        } else {
            colon = -1;
            for (int i = p; i < end; i++) {
                char d = s.charAt(i);
                if (d == ':' && (i + 1 == end || s.charAt(i + 1) == ' ')) {
                    colon = i;
                    break;
                }
                if (d == ' ' && i + 1 < end && s.charAt(i + 1) == '#') {
                    break;
                }
            }
        }
        if (colon < 0 || colon + 1 < end && s.charAt(colon + 1) != ' ') {
            return -1;
        }
        return colon;
    }

    /** The key from {@code p} to the colon found by {@link #keyColon}. */
    private String keyText(int p, int colon) {
        if (colon - p > MAX_KEY) {
            throw DECLINE;
        }
        char c = s.charAt(p);
        if (c == '"' || c == '\'') {
            return quoted(p);
        }
        String key = plain(p, false);
        if (pos != colon) {
            throw DECLINE; // spaces before the colon
        }
        return key;
    }

    /**
     * A plain scalar from {@code p}: up to a comment or the line's end in a block, also up to a
     * flow indicator in a flow collection, with trailing spaces dropped; {@link #pos} is left
     * after its last char. A colon followed by a space (or, in a flow, an indicator) ends it too,
     * which the caller judges.
     */
    private String plain(int p, boolean flow) {
        if (INDICATORS.indexOf(s.charAt(p)) >= 0) {
            throw DECLINE; // indicators, and the "-x" and ":x" plain forms this reader leaves alone
        }
        int last = p;
        for (int i = p; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i + 1 < end && s.charAt(i + 1) == '#') {
                    break;
                }
                continue;
            }
            if (c == ':' && (i + 1 == end || s.charAt(i + 1) == ' ' || flow && ",[]{}".indexOf(s.charAt(i + 1)) >= 0)) {
                break;
            }
            if (flow && ",[]{}".indexOf(c) >= 0) {
                break;
            }
            last = i + 1;
        }
        pos = last;
        return s.substring(p, last);
    }

    /**
     * A quoted scalar starting at {@code p} that closes on its line; {@link #pos} is left after
     * the closing quote. Double quotes take only the escapes \" and \\.
     */
    private String quoted(int p) {
        int close = quotedEnd(p);
        if (close < 0) {
            throw DECLINE;
        }
        pos = close;
        String body = s.substring(p + 1, close - 1);
        if (s.charAt(p) == '\'') {
            return body.replace("''", "'");
        }
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            text.append(c == '\\' ? body.charAt(++i) : c);
        }
        return text.toString();
    }

    /** The index after the quote that closes the one at {@code p} on the same line, or -1. */
    private int quotedEnd(int p) {
        char q = s.charAt(p);
        for (int i = p + 1; i < end; i++) {
            char c = s.charAt(i);
            if (q == '\'' && c == '\'') {
                if (i + 1 < end && s.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i + 1;
            }
            if (q == '"' && c == '\\') {
                if (i + 1 == end || s.charAt(i + 1) != '"' && s.charAt(i + 1) != '\\') {
                    throw DECLINE; // other escapes are left to Jackson
                }
                i++;
                continue;
            }
            if (q == '"' && c == '"') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Checks that nothing but spaces and a comment follows {@code p} on the current line. */
    private void lineRest(int p) {
        int i = skipSpaces(p);
        if (i < end && (i == p || s.charAt(i) != '#')) {
            throw DECLINE;
        }
    }

    private int skipSpaces(int i) {
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The same null rule as the Jackson path: empty, {@code ~} and {@code null} mean "not given". */
    private static YamlNode.Scalar scalar(String text, int line) {
        boolean none = text.isEmpty() || text.equals("~") || text.equals("null");
        return new YamlNode.Scalar(none ? null : text, line);
    }
}
