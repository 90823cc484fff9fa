package gongkai.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a record came from: its file and the line of each of its fields (nested fields as
 * {@code validity.by}), so that checks made after reading can still point at a line.
 */
public record Origin(Path file, Map<String, Integer> lines) {
    public Origin {
        lines = Map.copyOf(lines);
    }

    /** The line of {@code field}, or 1 when the field is absent. */
    public int line(String field) {
        return lines.getOrDefault(field, 1);
    }
}
