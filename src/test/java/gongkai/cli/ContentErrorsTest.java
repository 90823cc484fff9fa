package gongkai.cli;

import static gongkai.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.content.ContentLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken-content corpus, one case per class of bad input (src/test/resources/broken/, each
 * case planted into a copy of the real content; cases that cannot be stored as files are made
 * here). Each stops the build with exit 1 and a Chinese message naming file, line and field, and
 * the previously published site stays byte for byte as it was.
 */
class ContentErrorsTest {
    private static final Path CORPUS = Path.of("src/test/resources/broken");
    private static final String AS_OF = "2026-11-22";

    @TempDir
    static Path shared;

    static Path published;
    static Map<String, String> before;

    @TempDir
    Path dir;

    Path content;
    Path site;

    @BeforeAll
    static void publishGoodSiteOnce() {
        published = shared.resolve("site");
        TestSupport.build(TestSupport.CONTENT, published, AS_OF);
        before = TestSupport.digest(published);
    }

    @BeforeEach
    void copyContentAndPublishedSite() {
        content = TestSupport.contentCopy(dir);
        site = dir.resolve("site");
        TestSupport.copyTree(published, site);
    }

    /** Copies the files of a corpus case over the content copy. */
    private void plant(String name) {
        Path from = CORPUS.resolve(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path src : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Path dst = content.resolve(from.relativize(src).toString());
                Files.createDirectories(dst.getParent());
                Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestSupport.Run build() {
        return cli("build", "--content", content.toString(), "--out", site.toString(), "--as-of", AS_OF);
    }

    private TestSupport.Run buildFails() {
        TestSupport.Run r = build();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(site + " 保持不变"), r.err());
        assertEquals(before, TestSupport.digest(site), "published site must be unchanged");
        return r;
    }

    private String errorsOf(String name) {
        plant(name);
        return buildFails().err();
    }

    private static void assertNames(String err, String file, int line, String field, String message) {
        String expected = file + (line > 0 ? " 第 " + line + " 行" : "") + (field == null ? "" : "，字段「" + field + "」")
                + "：" + message;
        assertTrue(err.contains(expected), "expected «" + expected + "» in:\n" + err);
    }

    private void buildSucceeds() {
        TestSupport.Run r = build();
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void plantedGoodRecordBuilds() {
        plant("good");
        buildSucceeds();
        assertTrue(TestSupport.read(site.resolve("policies/test-doc/index.html")).contains("（示例）测试文件"));
    }

    @Test
    void malformedYaml() {
        String err = errorsOf("malformed-yaml");
        assertNames(err, "policies/test-doc.md", 4, null, "YAML 格式错误：");
        assertTrue(err.contains("请检查缩进（只用空格）、冒号后的空格和引号是否成对。"), err);
    }

    @Test
    void missingRequiredField() {
        assertNames(errorsOf("missing-field"), "policies/test-doc.md", 2, "title", "缺少必填字段「title」");
    }

    @Test
    void misspeltFieldIsNamedWithASuggestion() {
        assertNames(errorsOf("misspelt-field"), "policies/test-doc.md", 6, "pubished", "未知字段「pubished」。是否想写「published」？");
    }

    @Test
    void wrongTypes() {
        String err = errorsOf("wrong-types");
        assertNames(err, "policies/test-doc.md", 3, "title", "应为一段文本，实为列表。");
        assertNames(err, "policies/test-doc.md", 7, "topics", "应为文本列表（例如 [甲, 乙]），实为键值表。");
        assertNames(err, "policies/test-doc.md", 10, "example", "应为 true 或 false，实为「也许」。");
        assertNames(err, "policies/test-doc.md", 11, "validity", "应为“字段: 值”形式的键值表，实为文本。");
    }

    @Test
    void impossibleDates() {
        String err = errorsOf("impossible-dates");
        assertNames(err, "policies/test-doc.md", 5, "written", "日期「2023-02-30」不存在：2023年2月只有 28 天。");
        assertNames(err, "policies/test-doc.md", 6, "published", "日期「2024-13-01」不存在：月份应为 01 到 12。");
        assertNames(err, "policies/test-doc.md", 11, "validity.effective", "日期「2024/01/03」格式不对。请写成 YYYY-MM-DD");
        assertNames(err, "policies/test-doc.md", 12, "validity.expires", "日期「2100-02-29」不存在：2100年2月只有 28 天。");
    }

    @Test
    void unknownEnumValues() {
        String err = errorsOf("unknown-enum");
        assertNames(err, "policies/test-doc.md", 7, "kind", "「通知」不是允许的值。可选：行政规范性文件、其他文件。");
        assertNames(err, "policies/test-doc.md", 8, "disclosure", "「公开」不是允许的值。可选：主动公开、依申请公开、不予公开。");
        assertNames(err, "policies/test-doc.md", 12, "validity.status", "「作废」不是允许的值。可选：废止、已修改、继续有效。");
    }

    @Test
    void duplicateId() {
        String err = errorsOf("duplicate-id");
        assertNames(err, "policies/test-doc.md", 2, "id", "政策文件编号「example-ylbt-2024」重复，已在 ");
        assertTrue(err.contains("example-ylbt-2024.md 中使用"), err);
    }

    @Test
    void danglingReferences() {
        String err = errorsOf("dangling-references");
        assertNames(err, "policies/test-doc.md", 4, "agency", "发布机构编号「shmzjj」不存在（是否想写「shmzj」？）");
        assertNames(err, "policies/test-doc.md", 7, "topics", "主题编号「no-such-topic」不存在");
        assertNames(err, "policies/test-doc.md", 14, "validity.by", "找不到编号为「no-such-doc」的政策文件");
        assertNames(err, "interpretations/test-jd.md", 4, "policy", "找不到编号为「no-such-policy」的政策文件");
    }

    @Test
    void circularReferences() {
        String err = errorsOf("circular-references");
        assertNames(err, "policies/test-a.md", 13, "validity.by", "替代关系形成循环：test-a → test-b → test-a。");
        assertNames(err, "policies/test-b.md", 13, "validity.by", "替代关系形成循环：test-b → test-a → test-b。");
        assertNames(err, "policies/test-c.md", 13, "validity.by", "文件不能被自身废止或修改。");
    }

    @Test
    void emptyFiles() {
        String err = errorsOf("empty-file");
        assertNames(err, "policies/test-doc.md", 1, null, "文件是空的。");
        assertNames(err, "workpoints/test-blank.yaml", 1, null, "文件是空的。");
    }

    /**
     * Notepad and Office write a byte-order mark when saving as "UTF-8". The text is still UTF-8,
     * so the mark is dropped and the file builds, rather than failing over an invisible character.
     */
    @Test
    void byteOrderMarkIsAcceptedAndStripped() {
        plant("byte-order-mark");
        buildSucceeds();
        assertEquals("（示例）测试文件 示例", TestSupport.page(site, "policies/test-doc/index.html").selectFirst("h1").text());
    }

    @Test
    void gbkFileIsNamedWithHowToConvert() {
        assertNames(errorsOf("gbk"), "policies/test-doc.md", 3, null,
                "文件不是 UTF-8 编码，看起来是 GBK/GB18030（常见于从 Office 或记事本另存的文件），第一个非 UTF-8 的字节在第 3 行。"
                        + "请另存为“UTF-8”编码，或在命令行执行：iconv -f GB18030 -t UTF-8 原文件 > 新文件");
    }

    @Test
    void utf16FileIsNamedWithHowToConvert() {
        assertNames(errorsOf("utf16"), "policies/test-doc.md", 1, null, "文件是 UTF-16（“Unicode”）编码，不是 UTF-8。");
    }

    @Test
    void yamlAliasBombIsRefusedWithoutExpanding() {
        assertNames(errorsOf("yaml-alias-bomb"), "workpoints/test-bomb.yaml", 2, null, "YAML 格式错误：不支持 YAML 锚点「&a」。");
    }

    @Test
    void yamlAliasIsRefused() {
        String err = errorsOf("yaml-alias");
        assertNames(err, "policies/test-doc.md", 8, null, "YAML 格式错误：不支持 YAML 别名「*t」。");
        assertTrue(err.contains("请把要重复的内容直接写出来"), err);
    }

    @Test
    void deepNestingIsRefused() {
        assertNames(errorsOf("deep-nesting"), "policies/test-doc.md", 8, null, "YAML 格式错误：列表和键值表嵌套超过 64 层的上限");
    }

    @Test
    void oversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = content.resolve("policies/test-big.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ContentLoader.MAX_FILE_BYTES + 1024 * 1024); // sparse: costs no disk and, if read, no time
        }
        assertNames(buildFails().err(), "policies/test-big.md", 0, null, "文件过大（9216 KB），上限为 8 MB，未读取。");
    }

    @Test
    void pathsThatLeaveTheContentFolderAreRefused() {
        String err = errorsOf("path-escape");
        assertNames(err, "policies/test-doc.md", 2, "id", "编号「../../etc/passwd」不合规。");
        String rule = "不合规。媒体文件请放在 content/media/ 下";
        assertNames(err, "interpretations/test-jd-dotdot.md", 8, "video", "路径「media/../../../etc/passwd」" + rule);
        assertNames(err, "interpretations/test-jd-absolute.md", 8, "video", "路径「/etc/passwd」" + rule);
        assertNames(err, "interpretations/test-jd-url.md", 8, "video", "路径「https://evil.example/v.mp4」" + rule);
        assertNames(err, "interpretations/test-jd-missing.md", 8, "video", "找不到文件 content/media/no-such.mp4。");
    }

    @Test
    void videoInsideTheContentFolderIsAccepted() throws IOException {
        plant("path-escape");
        for (String variant : List.of("dotdot", "absolute", "url")) {
            Files.delete(content.resolve("interpretations/test-jd-" + variant + ".md"));
        }
        Files.delete(content.resolve("policies/test-doc.md"));
        TestSupport.write(content.resolve("media/no-such.mp4"), "video");
        buildSucceeds();
    }

    @Test
    void symbolicLinksOutOfTheContentFolderAreRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(CORPUS.resolve("good/policies/test-doc.md"), outside.resolve("secret.md"));
        TestSupport.write(outside.resolve("v.mp4"), "video");
        Files.createSymbolicLink(content.resolve("policies/test-link.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(content.resolve("policies/linked"), outside);
        Files.createSymbolicLink(content.resolve("media/v.mp4"), outside.resolve("v.mp4"));
        plant("path-escape");
        for (String variant : List.of("dotdot", "absolute", "url")) {
            Files.delete(content.resolve("interpretations/test-jd-" + variant + ".md"));
        }
        Files.delete(content.resolve("policies/test-doc.md"));
        TestSupport.write(content.resolve("interpretations/test-jd-missing.md"),
                TestSupport.read(content.resolve("interpretations/test-jd-missing.md")).replace("media/no-such.mp4", "media/v.mp4"));
        String err = buildFails().err();
        assertNames(err, "policies/test-link.md", 0, null, "是符号链接（指向 " + outside.resolve("secret.md") + "），已拒绝。");
        assertNames(err, "policies/linked", 0, null, "是符号链接（指向 " + outside + "），已拒绝。");
        assertNames(err, "interpretations/test-jd-missing.md", 8, "video", "文件「media/v.mp4」是指向 content/media/ 之外的链接。");
        assertFalse(err.contains("secret.md 第"), "nothing behind a link is read");
    }

    private Path brokenTemplates(String from, String to) {
        Path templates = dir.resolve("templates");
        TestSupport.copyTree(TestSupport.TEMPLATES, templates);
        Path policy = templates.resolve("policy.ftlh");
        String text = TestSupport.read(policy);
        assertTrue(text.contains(from));
        TestSupport.write(policy, text.replace(from, to));
        return templates;
    }

    private static int lineOf(Path file, String text) {
        List<String> lines = TestSupport.read(file).lines().toList();
        return lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow()) + 1;
    }

    @Test
    void templateErrorNamesTemplateAndLine() {
        Path templates = brokenTemplates("<h2 id=\"body\">正文</h2>", "<h2 id=\"body\">${page.noSuchField}</h2>");
        TestSupport.Run r = cli("build", "--content", content.toString(), "--templates", templates.toString(), "--out",
                site.toString(), "--as-of", AS_OF);
        assertEquals(1, r.code());
        int line = lineOf(templates.resolve("policy.ftlh"), "page.noSuchField");
        assertTrue(r.err().contains("生成失败：模板 policy.ftlh 第 " + line + " 行出错："), r.err());
        assertTrue(r.err().contains("page.noSuchField") && !r.err().contains("Tip:"), r.err());
        assertTrue(r.err().contains("未发布网站，" + site + " 保持不变。"), r.err());
        assertEquals(before, TestSupport.digest(site));
        assertEquals(List.of(), leftovers(), "the staging folder is removed");
    }

    @Test
    void templateSyntaxErrorNamesTemplateAndLine() {
        Path templates = brokenTemplates("<h2 id=\"body\">正文</h2>", "<#if>");
        TestSupport.Run r = cli("build", "--content", content.toString(), "--templates", templates.toString(), "--out",
                site.toString(), "--as-of", AS_OF);
        assertEquals(1, r.code());
        int line = lineOf(templates.resolve("policy.ftlh"), "<#if>");
        assertTrue(r.err().contains("生成失败：模板 policy.ftlh 第 " + line + " 行有语法错误："), r.err());
        assertEquals(before, TestSupport.digest(site));
    }

    private List<String> leftovers() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void personalDataStopsTheBuildWithTheValueMasked() {
        String err = errorsOf("personal-data");
        assertNames(err, "policies/test-doc.md", 3, "title", "疑似个人隐私信息：手机号码「138****5678」。");
        assertNames(err, "policies/test-doc.md", 13, "正文", "疑似个人隐私信息：公民身份号码「1101**********0014」。");
        assertNames(err, "policies/test-doc.md", 13, "正文", "疑似个人隐私信息：个人电子邮箱「l***@example.com」。");
        assertFalse(err.contains("13812345678") || err.contains("110101190001010014") || err.contains("laizhe@"), err);
    }

    @Test
    void reviewedPersonalDataIsPublished() {
        plant("personal-data-reviewed");
        buildSucceeds();
        assertTrue(TestSupport.page(site, "policies/test-doc/index.html").selectFirst("h1").text().contains("138 1234 5678"));
    }

    @Test
    void allErrorsOfARunAreReportedTogether() {
        String err = errorsOf("two-errors");
        assertTrue(err.contains("内容有 2 处错误"), err);
        assertNames(err, "policies/test-doc.md", 5, "written", "日期「2023-02-30」不存在");
        assertNames(err, "policies/test-two.md", 7, "kind", "「通知」不是允许的值");
    }

    @Test
    void checkWritesNothingAndReportsTheSameErrors() {
        plant("impossible-dates");
        TestSupport.Run r = cli("check", "--content", content.toString());
        assertEquals(1, r.code());
        assertNames(r.err(), "policies/test-doc.md", 5, "written", "日期「2023-02-30」不存在");
        assertEquals(before, TestSupport.digest(site));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void brokenLinkInABodyStopsPublishing() {
        String err = errorsOf("broken-link");
        assertTrue(err.contains("policies/test-doc/index.html 中的链接「../no-such-doc/index.html」指向的文件不存在"), err);
        assertTrue(err.contains("未发布网站"), err);
    }

    /**
     * R18: records that are 依申请公开 or 不予公开 are validated and published nowhere. A marker
     * planted in each kind of record (a policy with FAQ, service and change history, a 图解
     * interpretation with its picture, replies) appears in no byte of the site or of the report.
     */
    @Test
    void withheldRecordsLeaveNoTraceAnywhere() {
        String marker = "UNIQUEMARKER7f3a";
        plant("withheld");
        Path report = dir.resolve("report");
        TestSupport.Run r = cli("build", "--content", content.toString(), "--out", site.toString(), "--as-of", AS_OF,
                "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        String[] traces = {marker, "test-doc-secret", "test-jd-secret", "test-ly-secret", "test-ly2-secret"};
        assertEquals(List.of(), TestSupport.filesContaining(site, traces));
        assertEquals(List.of(), TestSupport.filesContaining(report, traces), "the report only covers what is published");
        assertTrue(Files.exists(report.resolve("findings.json")));
        assertEquals(before, TestSupport.digest(site), "nothing about the withheld records changes any page");
    }

    @Test
    void withheldRecordsAreValidatedLikeAnyOther() {
        String err = errorsOf("withheld-invalid");
        assertTrue(err.contains("policies/test-doc.md 第 5 行，字段「written」"), err);
        assertTrue(err.contains("replies/test-ly.md 第 6 行，字段「replied」"), err);
        assertTrue(err.contains("答复时间 2024-01-08 早于留言时间 2024-01-09"), err);
    }
}
