package gongkai.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it was written on, so that every error can point a
 * maintainer at the exact line of their file.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** 1-based line in the source file. */
    int line();

    /** Short Chinese name of the node's kind, for messages such as 「应为文本，实为列表」. */
    String kindName();

    /** A scalar as written; {@code text} is null for YAML's null (an empty value, {@code ~}). */
    record Scalar(String text, int line) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kindName() {
            return "文本";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "列表";
        }
    }

    /** A mapping with its keys in file order; {@code keyLines} gives the line of each key. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        /** The line of {@code key}, or of the mapping itself when the key is absent. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }

        @Override
        public String kindName() {
            return "键值表";
        }
    }
}
