package gongkai.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the commands: where content, templates and the report are, and the day of validity. */
final class Options {
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    static final OptionSpec CONTENT = OptionSpec.valued("--content", "目录", "内容目录（默认：content）。");
    static final OptionSpec TEMPLATES = OptionSpec.valued("--templates", "目录", "模板目录（默认：templates）。");
    static final OptionSpec AS_OF = OptionSpec.valued("--as-of", "YYYY-MM-DD", "按哪一天计算文件的有效性（默认：今天，北京时间）。");
    static final OptionSpec REPORT = OptionSpec.valued("--report", "目录",
            "把合规检查报告（index.html 供阅读，findings.json 供程序读取）写入此目录；目录须在网站输出目录之外。");
    static final List<OptionSpec> ALL = List.of(CONTENT, TEMPLATES, AS_OF, REPORT);

    /** The shared options, then a command's own. */
    static List<OptionSpec> with(OptionSpec... own) {
        List<OptionSpec> all = new ArrayList<>(ALL);
        all.addAll(List.of(own));
        return all;
    }

    final Path content;
    final Path templates;
    /** Null for a report not asked for. */
    final Path report;
    /** Null for today, which a preview running past midnight reads anew. */
    private final LocalDate asOf;

    Options(Arguments args) throws UsageError {
        content = path(args, CONTENT, "content");
        templates = path(args, TEMPLATES, "templates");
        report = path(args, REPORT, null);
        asOf = date(args.value(AS_OF.name()));
    }

    /**
     * The date validity is worked out for: the one given, else today in Beijing. China has kept
     * UTC+8 all year since 1991; the offset spares the build loading Java's time-zone rules
     * (a fiftieth of a second on this kind of machine).
     */
    LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(BEIJING);
    }

    /** The folder given for {@code option}, or {@code fallback} (which may be null) when none was. */
    static Path path(Arguments args, OptionSpec option, String fallback) throws UsageError {
        String value = args.value(option.name());
        if (value == null) {
            return fallback == null ? null : Path.of(fallback);
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageError(invalid(value, option.name() + " 的路径中有文件系统不允许的字符。"));
        }
    }

    /** The words of a usage error about a value that is not allowed. */
    static String invalid(String value, String why) {
        return "参数值「" + value + "」不合规：" + why;
    }

    private static LocalDate date(String value) throws UsageError {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageError(invalid(value, "--as-of 的日期应写成 YYYY-MM-DD 且真实存在，例如 2023-04-10。"));
        }
    }
}
