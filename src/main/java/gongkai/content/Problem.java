package gongkai.content;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the content: where it is (file, line, field) and what to do about it.
 * Messages are Chinese because they are read by the maintainers who edit the content.
 */
public record Problem(Path file, int line, String field, String message) {

    /** Sorts problems by file, then line, so a report reads top to bottom. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparing(p -> p.field() == null ? "" : p.field());

    /** Renders the problem as one line, e.g. {@code policies/a.md 第 5 行，字段「published」：…}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "（未知文件）" : file.toString().replace('\\', '/'));
        if (line > 0) {
            sb.append(" 第 ").append(line).append(" 行");
        }
        if (field != null && !field.isEmpty()) {
            sb.append("，字段「").append(field).append("」");
        }
        sb.append("：").append(message);
        return sb.toString();
    }
}
