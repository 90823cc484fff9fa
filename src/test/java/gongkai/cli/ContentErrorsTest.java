package gongkai.cli;

import static gongkai.TestSupport.cli;
import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of bad record stops the build with exit 1 and a Chinese message naming file, line
 * and field, and the previously published site stays exactly as it was.
 */
class ContentErrorsTest {
    @TempDir
    Path dir;

    Path content;
    Path site;
    Map<String, String> before;

    @BeforeEach
    void publishGoodSite() {
        content = TestSupport.contentCopy(dir);
        site = dir.resolve("site");
        TestSupport.build(content, site, "2026-11-22");
        before = TestSupport.digest(site);
    }

    private static final String GOOD = "---\nid: test-doc\ntitle: 测试文件\nagency: shmzj\nwritten: 2024-01-02\n"
            + "published: 2024-01-03\nkind: 其他文件\ndisclosure: 主动公开\nexample: true\n---\n正文。\n";

    private TestSupport.Run buildFails() {
        TestSupport.Run r = cli("build", "--content", content.toString(), "--out", site.toString(), "--as-of", "2026-11-22");
        assertEquals(1, r.code(), r.err());
        assertEquals(before, TestSupport.digest(site), "published site must be unchanged");
        return r;
    }

    private void plant(String text) {
        write(content.resolve("policies/test-doc.md"), text);
    }

    private static void assertNames(String err, String file, int line, String field) {
        String expected = file + " 第 " + line + " 行" + (field == null ? "" : "，字段「" + field + "」");
        assertTrue(err.contains(expected), "expected «" + expected + "» in:\n" + err);
    }

    @Test
    void plantedGoodRecordBuilds() {
        plant(GOOD);
        TestSupport.build(content, site, "2026-11-22");
        assertTrue(TestSupport.read(site.resolve("policies/test-doc/index.html")).contains("测试文件"));
    }

    @Test
    void malformedYaml() {
        plant(GOOD.replace("title: 测试文件", "title: [测试文件"));
        String err = buildFails().err();
        assertTrue(err.contains("policies/test-doc.md 第 "), err);
        assertTrue(err.contains("YAML 格式错误"), err);
    }

    @Test
    void missingRequiredField() {
        plant(GOOD.replace("title: 测试文件\n", ""));
        String err = buildFails().err();
        assertTrue(err.contains("缺少必填字段「title」"), err);
        assertTrue(err.contains("policies/test-doc.md"), err);
        assertTrue(err.contains("字段「title」"), err);
    }

    @Test
    void impossibleDate() {
        plant(GOOD.replace("written: 2024-01-02", "written: 2023-02-30"));
        String err = buildFails().err();
        assertNames(err, "policies/test-doc.md", 5, "written");
        assertTrue(err.contains("2023年2月只有 28 天"), err);
    }

    @Test
    void unknownIdInReference() {
        plant(GOOD.replace("agency: shmzj", "agency: shmzjj"));
        String err = buildFails().err();
        assertNames(err, "policies/test-doc.md", 4, "agency");
        assertTrue(err.contains("是否想写「shmzj」"), err);
    }

    @Test
    void unknownPolicyInInterpretation() {
        write(content.resolve("interpretations/test-jd.md"), "---\nid: test-jd\ntitle: 解读\npolicy: no-such-policy\n"
                + "agency: shmzj\npublished: 2024-01-03\nform: 文字\ndisclosure: 主动公开\nexample: true\n---\n解读。\n");
        String err = buildFails().err();
        assertNames(err, "interpretations/test-jd.md", 4, "policy");
        assertTrue(err.contains("找不到编号为「no-such-policy」的政策文件"), err);
    }

    @Test
    void duplicateId() {
        plant(GOOD.replace("id: test-doc", "id: example-ylbt-2024"));
        String err = buildFails().err();
        assertNames(err, "policies/test-doc.md", 2, "id");
        assertTrue(err.contains("重复"), err);
    }

    @Test
    void allErrorsOfARunAreReportedTogether() {
        plant(GOOD.replace("written: 2024-01-02", "written: 2023-02-30"));
        write(content.resolve("policies/test-two.md"), GOOD.replace("id: test-doc", "id: test-two").replace("kind: 其他文件", "kind: 通知"));
        String err = buildFails().err();
        assertTrue(err.contains("内容有 2 处错误"), err);
        assertTrue(err.contains("test-doc.md") && err.contains("test-two.md"), err);
        assertTrue(err.contains("「通知」不是允许的值"), err);
    }

    @Test
    void checkWritesNothingAndReportsTheSameErrors(@TempDir Path empty) {
        plant(GOOD.replace("written: 2024-01-02", "written: 2023-02-30"));
        TestSupport.Run r = cli("check", "--content", content.toString());
        assertEquals(1, r.code());
        assertNames(r.err(), "policies/test-doc.md", 5, "written");
        assertEquals(before, TestSupport.digest(site));
    }

    @Test
    void misspeltFieldIsNamedWithASuggestion() {
        plant(GOOD.replace("published: 2024-01-03", "pubished: 2024-01-03"));
        String err = buildFails().err();
        assertNames(err, "policies/test-doc.md", 6, "pubished");
        assertTrue(err.contains("是否想写「published」"), err);
    }

    @Test
    void brokenLinkInABodyStopsPublishing() {
        plant(GOOD.replace("正文。", "见[另一份文件](../no-such-doc/index.html)。"));
        String err = buildFails().err();
        assertTrue(err.contains("policies/test-doc/index.html 中的链接「../no-such-doc/index.html」指向的文件不存在"), err);
        assertTrue(err.contains("未发布网站"), err);
    }

    @Test
    void withheldRecordsLeaveNoTraceAnywhere() {
        String marker = "UNIQUEMARKER7f3a";
        plant(GOOD.replace("disclosure: 主动公开", "disclosure: 不予公开").replace("正文。", marker + " 正文。")
                .replace("title: 测试文件", "title: 测试文件" + marker).replace("id: test-doc", "id: test-doc-secret"));
        write(content.resolve("interpretations/test-jd.md"), "---\nid: test-jd-secret\ntitle: 解读" + marker
                + "\npolicy: test-doc-secret\nagency: shmzj\npublished: 2024-01-03\nform: 文字\ndisclosure: 依申请公开\n---\n"
                + marker + "\n");
        TestSupport.build(content, site, "2026-11-22");
        TestSupport.digest(site).keySet().forEach(f -> {
            String text = TestSupport.read(site.resolve(f));
            assertTrue(!text.contains(marker) && !text.contains("test-doc-secret") && !text.contains("test-jd-secret"), f);
        });
        assertEquals(before, TestSupport.digest(site), "nothing about the withheld records changes any page");
    }
}
