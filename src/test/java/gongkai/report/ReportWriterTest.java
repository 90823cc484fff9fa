package gongkai.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The report lists every finding it is given, whatever stage made it, in HTML and in JSON. */
class ReportWriterTest {
    @Test
    void findingsOfAnyRuleAreWrittenToBothFiles(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Finding other = new Finding("privacy-allowance", "a-policy", content.resolve("policies/a.md"), "已核对并允许公开：<b>某值</b>");
        Finding own = new Finding(ComplianceChecks.REPLY_LATE, "a-reply", content.resolve("replies/r.md"), "超过时限。");
        Finding general = new Finding(ComplianceChecks.CALENDAR_YEAR_MISSING, null, null, "2019年没有工作日历数据。");
        Report report = new Report("测试门户", content, LocalDate.of(2026, 11, 22), List.of(other, own, general), List.of("https://x.example/"));
        Path out = dir.resolve("report");
        new ReportWriter(TestSupport.TEMPLATES).write(report, out);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> json = JsonMapper.builder().build().readValue(Files.readString(out.resolve("findings.json")), List.class);
        assertEquals(3, json.size());
        assertEquals(Map.of("rule", "privacy-allowance", "record", "a-policy", "file", "content/policies/a.md",
                "message", "已核对并允许公开：<b>某值</b>"), json.get(0));
        assertNull(json.get(2).get("file"));

        Document html = TestSupport.page(out, "index.html");
        assertEquals("privacy-allowance（1 条）", html.getElementById("privacy-allowance").text(), "a rule of another stage gets a section");
        assertTrue(html.getElementById("privacy-allowance").nextElementSibling().text().contains("已核对并允许公开：<b>某值</b>"),
                "escaped, shown as text");
        assertEquals("留言答复超过时限（1 条）", html.getElementById(ComplianceChecks.REPLY_LATE).text());
        assertEquals("行政规范性文件没有政策解读（0 条）", html.getElementById(ComplianceChecks.NORMATIVE_WITHOUT_INTERPRETATION).text(),
                "every check is listed, found or not");
        assertEquals(List.of("https://x.example/"), html.select("#external ~ ul li").eachText());
        assertTrue(Files.isRegularFile(out.resolve("site.css")));
    }
}
