package gongkai.cli;

import static gongkai.TestSupport.cli;
import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * R18: records that are 依申请公开 or 不予公开 are validated and published nowhere. A marker
     * planted in each kind of record (a policy with FAQ, service and change history, a 图解
     * interpretation with its picture, replies) appears in no byte of the site or of the report.
     */
    @Test
    void withheldRecordsLeaveNoTraceAnywhere() {
        String marker = "UNIQUEMARKER7f3a";
        plant(GOOD.replace("disclosure: 主动公开", "disclosure: 不予公开").replace("正文。", marker + " 正文，可以网上办理。")
                .replace("title: 测试文件", "title: 测试文件" + marker).replace("id: test-doc", "id: test-doc-secret")
                .replace("example: true\n", "example: true\nfaq:\n  - {question: 问" + marker + "？, answer: 答" + marker + "。}\n"
                        + "changes:\n  - {date: 2024-01-05, note: 修订" + marker + "}\nservices:\n  - {name: 服务" + marker
                        + ", url: \"https://ban.example/" + marker + "\", mention: 网上办理}\n"));
        write(content.resolve("media/secret-" + marker + ".svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + marker
                + "</text></svg>");
        write(content.resolve("interpretations/test-jd.md"), "---\nid: test-jd-secret\ntitle: 解读" + marker
                + "\npolicy: test-doc-secret\nagency: shmzj\npublished: 2024-01-03\nform: 图解\ndisclosure: 依申请公开\n"
                + "images:\n  - {src: media/secret-" + marker + ".svg, alt: 图" + marker + ", description: 说明" + marker + "}\n---\n"
                + marker + "\n");
        write(content.resolve("replies/test-ly.md"), "---\nid: test-ly-secret\npolicy: test-doc-secret\nasked: 2019-01-02\n"
                + "message: 留言" + marker + "\nreplied: 2019-03-01\nagency: shmzj\ndisclosure: 依申请公开\n---\n答复" + marker + "\n");
        write(content.resolve("replies/test-ly2.md"), "---\nid: test-ly2-secret\npolicy: example-ylbt-2024\nasked: 2024-01-02\n"
                + "message: 留言" + marker + "\nreplied: 2024-03-01\nagency: shmzj\ndisclosure: 不予公开\n---\n答复" + marker + "\n");
        Path report = dir.resolve("report");
        TestSupport.Run r = cli("build", "--content", content.toString(), "--out", site.toString(), "--as-of", "2026-11-22",
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
        plant(GOOD.replace("disclosure: 主动公开", "disclosure: 不予公开").replace("written: 2024-01-02", "written: 2023-02-30"));
        write(content.resolve("replies/test-ly.md"), "---\nid: test-ly\npolicy: test-doc\nasked: 2024-01-09\nmessage: 留言\n"
                + "replied: 2024-01-08\nagency: shmzj\ndisclosure: 依申请公开\n---\n答复\n");
        String err = buildFails().err();
        assertNames(err, "policies/test-doc.md", 5, "written");
        assertNames(err, "replies/test-ly.md", 6, "replied");
        assertTrue(err.contains("答复时间 2024-01-08 早于留言时间 2024-01-09"), err);
    }
}
