package gongkai.cli;

import static gongkai.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.publish.BuildCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    /** An option or command name at the start of a help line, with the spaces up to its description. */
    private static final Pattern TERM = Pattern.compile("^ +(-[^ ,]*(?:, -[^ ]+)?|[a-z]+) +(?=\\S)");

    @Test
    void helpIsInChinese() {
        TestSupport.Run r = cli("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("用法："), r.out());
        assertTrue(r.out().contains("生成网站"), r.out());
        assertFalse(r.out().matches("(?s).*(Show this|Print version|Display help).*"), "no English left: " + r.out());
        TestSupport.Run b = cli("build", "--help");
        assertTrue(b.out().contains("--as-of") && b.out().contains("输出目录"), b.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, cli("publish").code());
        assertEquals(2, cli("build", "--as-of", "2023-02-30").code());
        TestSupport.Run r = cli("build", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("无法识别的参数"), r.err());
    }

    @Test
    void usageErrorsSayInChineseWhatIsWrongAndWhereToLook() {
        Map<List<String>, String> cases = Map.of(
                List.of(), "请指定命令",
                List.of("publish"), "没有「publish」这个命令",
                List.of("build", "--as-of", "2023-02-30"), "参数值「2023-02-30」不合规：--as-of 的日期应写成 YYYY-MM-DD",
                List.of("serve", "--port", "x"), "参数值「x」不合规：--port 应为 0 到 65535 之间的整数",
                List.of("serve", "--port=70000"), "参数值「70000」不合规：--port",
                List.of("build", "--out"), "选项 --out 后面要写目录",
                List.of("build", "--out", "--timings"), "选项 --out 后面要写目录",
                List.of("build", "--out=a", "--out", "b"), "选项 --out 写了两次",
                List.of("build", "--timings=yes"), "选项 --timings 不带值",
                List.of("check", "--content="), "选项 --content 的值是空的");
        cases.forEach((args, message) -> {
            TestSupport.Run r = cli(args.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertTrue(r.err().startsWith("用法错误：") && r.err().contains(message), args + ": " + r.err());
            String command = args.isEmpty() || args.get(0).equals("publish") ? "" : args.get(0) + " ";
            assertTrue(r.err().contains("运行 gongkai " + command + "--help 查看用法。"), r.err());
            assertFalse(r.err().matches("(?s).*[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}.*"), "an English sentence: " + r.err());
        });
    }

    @Test
    void anOptionsValueMayFollowAnEqualsSign(@TempDir Path dir) {
        TestSupport.Run r = cli("check", "--content=" + dir.resolve("nope"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("内容目录不存在") && r.err().contains("nope"), r.err());
    }

    @Test
    void helpLinesUpItsColumnsAndFitsEightyColumns() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"build", "--help"}, new String[] {"check", "-h"},
                new String[] {"serve", "--help"})) {
            TestSupport.Run r = cli(args);
            assertEquals(0, r.code(), r.err());
            List<String> lines = r.out().lines().toList();
            Set<Integer> columns = new HashSet<>();
            for (String line : lines) {
                assertTrue(Usage.width(line) <= Usage.WIDTH, "wider than 80 columns: " + line);
                assertFalse(line.endsWith(" "), "trailing space: " + line);
                Matcher m = TERM.matcher(line);
                if (m.find()) {
                    columns.add(Usage.width(m.group()));
                }
            }
            // Options and commands each begin their descriptions in one column; the program's help has two tables.
            assertTrue(!columns.isEmpty() && columns.size() <= (args.length == 1 ? 2 : 1), String.join(" ", args) + ": " + columns + "\n" + r.out());
        }
        String build = cli("build", "--help").out();
        assertTrue(build.contains("--out=目录") && build.contains("-h, --help") && build.contains("结束时列出各阶段用时。"), build);
    }

    @Test
    void versionIsPrintedForTheProgramAndEachCommand() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"build", "-V"})) {
            TestSupport.Run r = cli(args);
            assertEquals(0, r.code());
            assertEquals(Main.VERSION, r.out().strip());
        }
    }

    @Test
    void wrapBreaksBetweenChineseCharactersButNotInsideWordsOrBeforeClosingMarks() {
        String text = "把合规检查报告（index.html 供阅读，findings.json 供程序读取）写入此目录；目录须在网站输出目录之外。".repeat(3);
        String wrapped = Usage.wrap("    ", text);
        List<String> lines = wrapped.lines().toList();
        assertTrue(lines.size() > 2, wrapped);
        for (String line : lines) {
            assertTrue(Usage.width(line) <= Usage.WIDTH, line);
            assertTrue(line.startsWith("    ") && !line.startsWith("     "), "indent: " + line);
            assertFalse("，。、；）".indexOf(line.strip().charAt(0)) >= 0, "starts with a closing mark: " + line);
        }
        assertEquals(text, lines.stream().map(String::strip).collect(Collectors.joining()).replace("index.html供", "index.html 供")
                .replace("findings.json供", "findings.json 供"), "nothing lost, no word split");
    }

    @Test
    void checkWritesNothing(@TempDir Path dir) throws Exception {
        TestSupport.Run r = cli("check", "--content", TestSupport.CONTENT.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("检查通过"));
        assertFalse(Files.list(dir).findAny().isPresent());
    }

    @Test
    void missingContentFolderIsAContentError(@TempDir Path dir) {
        TestSupport.Run r = cli("check", "--content", dir.resolve("nope").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("内容目录不存在"), r.err());
    }

    @Test
    void aFirstBuildIntoANewFolderRemembersWhatItCheckedAndAFailedOneLeavesNoFolderBehind(@TempDir Path dir) {
        Path out = dir.resolve("new/place/site");
        TestSupport.build(TestSupport.CONTENT, out, "2026-11-22");
        assertTrue(Files.isRegularFile(BuildCache.checksFileOf(out)), "the next build need not read every file again");
        TestSupport.Run r = cli("build", "--content", dir.resolve("nope").toString(), "--out", dir.resolve("other/place/site").toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("other")), "nothing published, nothing made");
    }

    @Test
    void buildNeverReplacesAFolderThatIsNotASite(@TempDir Path dir) {
        Path project = dir.resolve("project");
        TestSupport.write(project.resolve("README.md"), "重要文件");
        TestSupport.Run r = cli("build", "--content", TestSupport.CONTENT.toString(), "--out", project.toString(), "--as-of",
                "2026-11-22");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("不是生成的网站（其中没有 index.html）") && r.err().contains("保持不变"), r.err());
        assertEquals("重要文件", TestSupport.read(project.resolve("README.md")));
        assertEquals(1, TestSupport.digest(project).size());
    }
}
