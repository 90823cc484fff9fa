package gongkai.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Parses YAML text into a {@link YamlNode} tree that keeps line numbers. Built on Jackson's
 * streaming parser (YAML 1.2: {@code no}, {@code on} and {@code 0123} stay text), with duplicate
 * keys rejected and input size bounded.
 */
public final class YamlReader {
    /** Largest YAML text accepted, in code points; content files are far smaller. */
    public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    private final YAMLFactory factory;

    public YamlReader() {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(10)
                .build();
        this.factory = YAMLFactory.builder().loadSettings(settings).build();
    }

    /** Thrown when the text is not well-formed YAML; carries the 1-based line of the fault. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        SyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Parses {@code text}; {@code firstLine} is the file line on which the text starts (1 for a
     * whole file, 2 for front matter after its opening {@code ---}). Empty text yields an empty
     * mapping.
     */
    public YamlNode parse(String text, int firstLine) throws SyntaxException {
        int offset = firstLine - 1;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlNode.Mapping(Map.of(), Map.of(), firstLine);
            }
            YamlNode root = read(parser, token, offset);
            if (parser.nextToken() != null) {
                throw new SyntaxException("文件中有多个 YAML 文档（多余的 --- 分隔线）", lineOf(parser, offset));
            }
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? firstLine : Math.max(1, e.getLocation().getLineNr()) + offset;
            throw new SyntaxException(firstSentence(e.getOriginalMessage()), line);
        }
    }

    private static YamlNode read(JsonParser parser, JsonToken token, int offset) {
        int line = lineOf(parser, offset);
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
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
