package gongkai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands. */
final class Options {
    @Option(names = "--content", paramLabel = "目录", description = "内容目录（默认：content）。")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "目录", description = "模板目录（默认：templates）。")
    Path templates = Path.of("templates");

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "按哪一天计算文件的有效性（默认：今天，北京时间）。")
    LocalDate asOf;

    @Option(names = "--report", paramLabel = "目录",
            description = "把合规检查报告（index.html 供阅读，findings.json 供程序读取）写入此目录；目录须在网站输出目录之外。")
    Path report;

    LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Parses --as-of strictly, with a Chinese message. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("日期应写成 YYYY-MM-DD 且真实存在，例如 2023-04-10。");
            }
        }
    }
}
