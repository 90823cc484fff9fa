package gongkai.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses YAML text into a {@link YamlNode} tree that keeps line numbers. Built on Jackson's
 * streaming parser (YAML 1.2: {@code no}, {@code on} and {@code 0123} stay text), with duplicate
 * keys rejected and the work bounded: input size and nesting depth are capped, and aliases
 * ({@code *a}) and anchors ({@code &a}) are refused. Jackson does not expand aliases (it returns
 * the alias name as text), so an alias bomb cannot explode, but an alias would silently put the
 * word "a" where the author meant a copy of the anchored value. Anchors on lists and mappings
 * are refused where they stand; Jackson does not report an anchor on a single value, which is
 * harmless (the value is read as written) until an alias uses it, and that alias is refused.
 */
public final class YamlReader {
    /**
     * Largest YAML text accepted, in code points. Not below {@link ContentLoader#MAX_FILE_BYTES}
     * (a UTF-8 file has no more code points than bytes), so the loader's clearer size message
     * comes first.
     */
    public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    /** Deepest nesting of lists and mappings accepted; real content needs about ten levels. */
    public static final int MAX_DEPTH = 64;

    /**
     * Jackson's parser factory, built when a text first needs it: building it loads much of Jackson
     * and SnakeYAML, about 150 ms on a cold start, and most portals only have texts that
     * {@link SimpleYaml} reads.
     */
    private static final class Jackson {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .loadSettings(LoadSettings.builder()
                        .setAllowDuplicateKeys(false)
                        .setCodePointLimit(MAX_CODE_POINTS)
                        .setMaxAliasesForCollections(10)
                        .build())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /**
     * Thrown when the text is not well-formed YAML or uses what content may not; carries the
     * 1-based line of the fault and advice on how to fix it.
     */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private static final String CHECK_SYNTAX = "请检查缩进（只用空格）、冒号后的空格和引号是否成对。";
        private final int line;
        private final String advice;

        SyntaxException(String message, int line) {
            this(message, line, CHECK_SYNTAX);
        }

        SyntaxException(String message, int line, String advice) {
            super(message);
            this.line = line;
            this.advice = advice;
        }

        public int line() {
            return line;
        }

        /** What the maintainer should do, in Chinese. */
        public String advice() {
            return advice;
        }
    }

    /**
     * Parses {@code text}; {@code firstLine} is the file line on which the text starts (1 for a
     * whole file, 2 for front matter after its opening {@code ---}). Empty text yields an empty
     * mapping. Most texts are read by {@link SimpleYaml}; it leaves the rest, and every error, to
     * Jackson.
     */
    public YamlNode parse(String text, int firstLine) throws SyntaxException {
        YamlNode simple = SimpleYaml.parse(text, firstLine);
        return simple != null ? simple : parseWithJackson(text, firstLine);
    }

    /** {@link #parse} without the fast path; the two must agree wherever the fast path answers. */
    YamlNode parseWithJackson(String text, int firstLine) throws SyntaxException {
        int offset = firstLine - 1;
        try (JsonParser parser = Jackson.FACTORY.createParser(ObjectReadContext.empty(), text)) {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return new YamlNode.Mapping(Map.of(), Map.of(), firstLine);
                }
                YamlNode root = read(parser, token, offset);
                if (parser.nextToken() != null) {
                    throw new SyntaxException("文件中有多个 YAML 文档（多余的 --- 分隔线）", lineOf(parser, offset));
                }
                return root;
            } catch (StreamConstraintsException e) {
                throw new SyntaxException("列表和键值表嵌套超过 " + MAX_DEPTH + " 层的上限，未继续读取", lineOf(parser, offset),
                        "内容不需要这么深的层次，请检查是否多写了括号 [ { 或缩进。");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? firstLine : Math.max(1, e.getLocation().getLineNr()) + offset;
            throw new SyntaxException(firstSentence(e.getOriginalMessage()), line);
        }
    }

    private static YamlNode read(JsonParser parser, JsonToken token, int offset) throws SyntaxException {
        int line = lineOf(parser, offset);
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias()) {
            throw new SyntaxException("不支持 YAML 别名「*" + parser.getString() + "」", line,
                    "内容中不能用锚点（&）和别名（*）引用别处的值，请把要重复的内容直接写出来；文字以 * 或 & 开头时请加双引号。");
        }
        if (yaml.getObjectId() != null) {
            throw new SyntaxException("不支持 YAML 锚点「&" + yaml.getObjectId() + "」", line,
                    "内容中不能用锚点（&）和别名（*）引用别处的值，请删除锚点，把要重复的内容直接写出来；文字以 & 或 * 开头时请加双引号。");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String key = canonicalKey(parser.currentName());
                    int keyLine = lineOf(parser, offset);
                    YamlNode value = read(parser, parser.nextToken(), offset);
                    entries.put(key, value);
                    lines.put(key, keyLine);
                }
                return new YamlNode.Mapping(entries, lines, line);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(parser, t, offset));
                }
                return new YamlNode.Sequence(items, line);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, line);
            default:
                String text = parser.getString();
                // "key:", "key: ~" and "key: null" all mean "not given"; Jackson reports them as text.
                boolean none = text.isEmpty() || text.equals("~") || text.equals("null");
                return new YamlNode.Scalar(none ? null : text, line);
        }
    }

    /**
     * One string for each key name: the parser makes a new one per use, and a large portal repeats
     * the same few names (id, title, validity.by, ...) in every record, whose origins keep them. Bounded, so odd
     * content cannot make it grow without end.
     */
    public static String canonicalKey(String key) {
        String known = KEYS.get(key);
        if (known != null) {
            return known;
        }
        if (KEYS.size() < MAX_KEYS) {
            KEYS.putIfAbsent(key, key);
        }
        return key;
    }

    private static final int MAX_KEYS = 4096;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private static int lineOf(JsonParser parser, int offset) {
        return Math.max(1, parser.currentTokenLocation().getLineNr()) + offset;
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "YAML 语法错误";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl).strip() : m;
    }
}
