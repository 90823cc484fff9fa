package gongkai.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The help texts, laid out for a terminal 80 columns wide in which a Chinese character takes two
 * columns: columns line up and lines break between Chinese characters or at spaces, never inside
 * an option's name or a file name, and never before a closing punctuation mark.
 */
final class Usage {
    static final int WIDTH = 80;

    private Usage() {}

    /** {@code gongkai --help}: the commands and the exit codes. */
    static String ofProgram(String summary, List<CommandSpec> commands) {
        StringBuilder b = new StringBuilder();
        b.append(wrap("用法：", "gongkai [-h] [-V] 命令 [选项]")).append("\n\n");
        b.append(wrap("", summary)).append("\n\n命令：\n");
        List<String[]> rows = new ArrayList<>();
        for (CommandSpec c : commands) {
            rows.add(new String[] {"  " + c.name(), c.summary()});
        }
        b.append(table(rows)).append("\n选项：\n");
        b.append(table(List.of(row(OptionSpec.HELP), row(OptionSpec.VERSION)))).append('\n');
        b.append(wrap("", "每个命令的选项见 gongkai 命令 --help，例如 gongkai build --help。")).append('\n');
        b.append(wrap("", "退出码：0 成功；1 内容有错误或生成失败；2 命令用法错误。")).append('\n');
        return b.toString();
    }

    /** {@code gongkai build --help} and the like: synopsis, summary and every option. */
    static String ofCommand(CommandSpec command) {
        StringBuilder synopsis = new StringBuilder("gongkai ").append(command.name());
        for (OptionSpec o : command.options()) {
            synopsis.append(" [").append(o.alias() != null ? o.alias() : o.name());
            if (o.takesValue()) {
                synopsis.append('=').append(o.label());
            }
            synopsis.append(']');
        }
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : command.options()) {
            rows.add(row(o));
        }
        return wrap("用法：", synopsis.toString()) + "\n\n" + wrap("", command.summary()) + "\n\n选项：\n" + table(rows);
    }

    private static String[] row(OptionSpec o) {
        String names = (o.alias() != null ? o.alias() + ", " : "    ") + o.name() + (o.takesValue() ? "=" + o.label() : "");
        return new String[] {"  " + names, o.help()};
    }

    /** Rows of a term and its description, the descriptions starting in one column. */
    private static String table(List<String[]> rows) {
        int column = 0;
        for (String[] r : rows) {
            column = Math.max(column, width(r[0]) + 3);
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            b.append(wrap(r[0] + " ".repeat(column - width(r[0])), r[1])).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code text} after {@code lead}, broken into lines of at most {@link #WIDTH} columns, each
     * line after the first indented to where the text began.
     */
    static String wrap(String lead, String text) {
        int indent = width(lead);
        StringBuilder out = new StringBuilder(lead);
        int used = indent;
        boolean lineStart = true;
        for (String unit : units(text)) {
            if (unit.equals(" ")) {
                if (!lineStart) {
                    out.append(' ');
                    used++;
                }
                continue;
            }
            int w = width(unit);
            if (!lineStart && used + w > WIDTH) {
                trimTrailingSpace(out);
                out.append('\n').append(" ".repeat(indent));
                used = indent;
            }
            out.append(unit);
            used += w;
            lineStart = false;
        }
        trimTrailingSpace(out);
        return out.toString();
    }

    /**
     * The pieces a line may break between: a space, a run of other non-Chinese characters (a word,
     * an option, a path) or one Chinese character, either with the closing punctuation that follows it.
     */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (c == ' ') {
                units.add(" ");
                i = end;
                continue;
            }
            if (!wide(c)) {
                while (end < text.length() && text.charAt(end) != ' ' && !wide(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            while (end < text.length() && closing(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            units.add(text.substring(i, end));
            i = end;
        }
        return units;
    }

    /** Columns {@code s} takes on a terminal. */
    static int width(String s) {
        return s.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    /** Chinese characters and full-width punctuation take two columns. */
    private static boolean wide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60);
    }

    /** Marks a line must not begin with. */
    private static boolean closing(int c) {
        return "，。、；：？！）」』》".indexOf(c) >= 0;
    }

    private static void trimTrailingSpace(StringBuilder b) {
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
    }
}
