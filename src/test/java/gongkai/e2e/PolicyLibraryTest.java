package gongkai.e2e;

import static gongkai.TestSupport.build;
import static gongkai.TestSupport.cli;
import static gongkai.TestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy library on the project's example content, built once as of 2026-11-22 with a
 * compliance report: every validity state, drafts, replaced and amended pairs, classification,
 * every interpretation form, FAQ, services, consultation, replies, and the report's findings.
 */
class PolicyLibraryTest {
    static final String AS_OF = "2026-11-22";

    /** The label each example document has on 2026-11-22. */
    static final Map<String, String> STATES = new LinkedHashMap<>();

    static {
        STATES.put("example-cjbt-2026", "尚未生效");
        STATES.put("example-ylbt-2024", "有效");
        STATES.put("example-dibao-2018", "已失效");
        STATES.put("example-ylbt-2019", "废止");
        STATES.put("example-sqyl-2021", "已修改");
        STATES.put("example-jjyl-2026-zqyj", "征求意见中");
        STATES.put("example-lsjz-2021", "有效");
    }

    @TempDir
    static Path tmp;

    static Path site;
    static Path report;

    @BeforeAll
    static void buildWithReport() {
        site = tmp.resolve("site");
        report = tmp.resolve("report");
        TestSupport.Run r = cli("build", "--content", TestSupport.CONTENT.toString(), "--templates",
                TestSupport.TEMPLATES.toString(), "--out", site.toString(), "--as-of", AS_OF, "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("合规检查报告：7 条建议"), r.out());
    }

    private static Document policy(Path site, String id) {
        return page(site, "policies/" + id + "/index.html");
    }

    private static List<Path> htmlFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        }
    }

    /** The validity label of {@code id} in every list that shows it, by page. */
    private static Map<String, String> labelsInListings(Path site, String id) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path p : htmlFiles(site)) {
            Document d = page(site, site.relativize(p).toString());
            for (Element li : d.select("main li.doc")) {
                Element a = li.selectFirst("a.doc-title");
                if (a.attr("href").endsWith("policies/" + id + "/index.html") && li.selectFirst(".validity") != null) {
                    out.put(site.relativize(p).toString(), li.selectFirst(".validity").text());
                }
            }
        }
        return out;
    }

    private static List<String> ids(Elements docTitles) {
        return docTitles.stream().map(a -> a.attr("href").replaceAll(".*policies/([^/]+)/index\\.html", "$1")).toList();
    }

    @Test
    void everyValidityStateIsShownOnItsPageAndInEveryListing() throws IOException {
        for (Map.Entry<String, String> e : STATES.entrySet()) {
            String label = "有效性：" + e.getValue();
            assertEquals(label, policy(site, e.getKey()).selectFirst("main .status-line .validity").text(), e.getKey());
            Map<String, String> listings = labelsInListings(site, e.getKey());
            assertTrue(listings.size() >= 4, "column, year, agency and topic pages at least: " + listings.keySet());
            listings.forEach((page, l) -> assertEquals(label, l, e.getKey() + " on " + page));
        }
    }

    @Test
    void draftShowsItsCommentPeriodAndItsLabelFollowsTheDate(@TempDir Path other) throws IOException {
        Document d = policy(site, "example-jjyl-2026-zqyj");
        assertEquals("征求意见稿", d.selectFirst("h1 .badge-draft").text());
        Element row = d.select("main .meta-table tr").stream().filter(tr -> tr.selectFirst("th").text().equals("征求意见时间"))
                .findFirst().orElseThrow();
        assertEquals("2026年11月10日至2026年12月9日", row.selectFirst("td").text());
        assertTrue(d.selectFirst("main .banner").text().contains("正在征求意见，截止日期为2026年12月9日"));
        assertFalse(page(site, "in-force/index.html").html().contains("example-jjyl-2026-zqyj"), "a draft is not in force");

        Path later = other.resolve("site");
        build(TestSupport.CONTENT, later, "2026-12-10");
        Document closed = policy(later, "example-jjyl-2026-zqyj");
        assertEquals("有效性：征求意见已结束", closed.selectFirst("main .status-line .validity").text());
        assertTrue(closed.selectFirst("main .banner").text().contains("征求意见已于2026年12月9日结束"));
        labelsInListings(later, "example-jjyl-2026-zqyj").forEach((p, l) -> assertEquals("有效性：征求意见已结束", l, p));
    }

    @Test
    void amendedPairLinksBothWaysAndShowsItsChangeHistory() {
        Document old = policy(site, "example-sqyl-2021");
        Element banner = old.selectFirst("main .banner");
        assertTrue(banner.text().startsWith("本文件已于2025年3月1日修改，修改内容见："), banner.text());
        assertEquals("../../policies/example-sqyl-2025/index.html", banner.selectFirst("a").attr("href"));
        Element changes = old.selectFirst("main table.change-table");
        assertEquals("修订记录", old.selectFirst("#changes").text());
        List<List<String>> rows = changes.select("tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
        assertEquals(List.of(List.of("2021年7月1日", "本办法施行。"), List.of("2025年3月1日",
                "依据《（示例）关于修改〈社区养老服务设施管理办法〉的决定》，第三条修改为“设施开放时间应当向社会公布”。")), rows);

        Document amending = policy(site, "example-sqyl-2025");
        assertTrue(amending.text().contains("本文件修改了："));
        assertEquals(1, amending.select("main ul.replaces a[href=../../policies/example-sqyl-2021/index.html]").size());
    }

    @Test
    void documentsNotInForceCarryABannerAboveTheBodySayingSinceWhen() {
        Map<String, String> banners = Map.of(
                "example-dibao-2018", "本文件已于2023年2月1日失效",
                "example-cjbt-2026", "本文件尚未生效，将于2027年1月1日起施行",
                "example-ylbt-2019", "本文件已于2024年4月1日废止",
                "example-sqyl-2021", "本文件已于2025年3月1日修改");
        banners.forEach((id, text) -> {
            Document d = policy(site, id);
            Element banner = d.selectFirst("main .banner");
            assertNotNull(banner, id);
            assertTrue(banner.text().startsWith(text), id + ": " + banner.text());
            List<Element> parts = d.select("main article > *");
            assertTrue(parts.indexOf(banner) < parts.indexOf(d.selectFirst("#body")), id + ": banner above the body");
        });
        assertNull(policy(site, "example-ylbt-2024").selectFirst("main .banner"));
        Document continued = policy(site, "example-lsjz-2021");
        assertNull(continued.selectFirst("main .banner"), "kept in force: no banner");
        assertTrue(continued.selectFirst("main .meta-table").text()
                .contains("有效（2021年2月1日起施行，有效期至2026年1月31日，经评估自2026年2月1日起继续有效：新的有效期另行公布）"));
    }

    @Test
    void everyDocumentLinksTheIndexesItIsInAndEachIndexCountsItsDocuments() throws IOException {
        int policies = 0;
        for (Path p : htmlFiles(site.resolve("policies"))) {
            String rel = site.relativize(p).toString();
            if (!rel.matches("policies/[^/]+/index\\.html")) {
                continue;
            }
            policies++;
            String id = p.getParent().getFileName().toString();
            Document d = page(site, rel);
            List<String> texts = d.select("#indexes + ul a").eachText();
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("发布年份：")), rel + " " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("发布机构：")), rel + " " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("主题：") || t.startsWith("特色主题：")), rel + " " + texts);
            for (Element a : d.select("#indexes + ul a")) {
                String target = Path.of(rel).getParent().resolve(a.attr("href").replaceAll("#.*", "")).normalize().toString();
                Document index = page(site, target);
                assertTrue(ids(index.select("main a.doc-title")).contains(id), rel + " is listed on " + target);
            }
        }
        assertEquals(11, policies, "3 seeds and 8 published examples");
        for (String dir : List.of("years", "agencies", "topics", "tags")) {
            for (Path p : htmlFiles(site.resolve(dir))) {
                String rel = site.relativize(p).toString();
                Document d = page(site, rel);
                if (rel.equals(dir + "/index.html")) {
                    for (Element a : d.select("main .entry-list a")) {
                        int count = Integer.parseInt(a.parent().ownText().replaceAll("\\D", ""));
                        Document target = page(site, Path.of(rel).getParent().resolve(a.attr("href")).normalize().toString());
                        assertEquals(target.select("main li.doc").size(), count, rel + " → " + a.attr("href"));
                    }
                } else {
                    int n = d.select("main li.doc").size();
                    assertTrue(n > 0 && d.selectFirst("main .lead").text().endsWith("共 " + n + " 份文件。"), rel);
                }
            }
        }
        Document featured = page(site, "featured/index.html");
        assertEquals(List.of("养老服务", "社会救助"), featured.select("main .entry-list a").eachText());
        assertEquals("养老服务（" + page(site, "topics/ylfw/index.html").select("main li.doc").size() + " 份）",
                featured.selectFirst("main .entry-list li").text());
    }

    @Test
    void policyColumnListsNormativeAndOtherApartAndNarrowsToDocumentsInForce() {
        Document column = page(site, "policies/index.html");
        assertEquals(1, column.select("main a[href=../in-force/index.html]").size());
        assertEquals(8, column.select("#normative + ul li.doc").size());
        assertEquals(3, column.select("#other + ul li.doc").size());
        Document inForce = page(site, "in-force/index.html");
        assertEquals(Set.of("example-ylbt-2024", "example-sqyl-2025", "example-lsjz-2021"),
                Set.copyOf(ids(inForce.select("#normative + ul a.doc-title"))));
        assertEquals("暂无文件。", inForce.selectFirst("#other + p").text(), "the seeds carry no validity data");
        assertTrue(inForce.selectFirst("main .lead").text().endsWith("共 3 份文件。"));
        inForce.select("main li.doc .validity").forEach(v -> assertEquals("有效性：有效", v.text()));
        Set<String> validInColumn = column.select("main li.doc").stream()
                .filter(li -> li.selectFirst(".validity").text().equals("有效性：有效"))
                .map(li -> li.selectFirst("a.doc-title")).map(a -> a.attr("href").replace("../", ""))
                .collect(Collectors.toSet());
        assertEquals(validInColumn, inForce.select("main a.doc-title").stream().map(a -> a.attr("href").replace("../", ""))
                .collect(Collectors.toSet()));
    }

    @Test
    void onePolicyHasInterpretationsInEveryFormLinkedBothWays() {
        Document d = policy(site, "example-ylbt-2024");
        Elements items = d.select("#interpretations + ul li.doc");
        assertEquals(List.of("图解", "文字解读", "视频解读", "问答"),
                items.stream().map(li -> li.selectFirst(".doc-meta span").text()).toList());
        for (Element a : d.select("#interpretations + ul a.doc-title")) {
            Document i = page(site, "policies/example-ylbt-2024/" + a.attr("href"));
            assertEquals(1, i.select("main a[href=../../policies/example-ylbt-2024/index.html]").size(), a.attr("href"));
        }
    }

    @Test
    void graphicHasAltTextAndALongDescriptionAndItsPictureIsInTheSite() throws IOException {
        Document d = page(site, "interpretations/example-ylbt-2024-jd/index.html");
        Element img = d.selectFirst("main figure.graphic img");
        assertEquals("（示例）养老服务补贴申领三步走流程图：提出申请、照护需求评估、审核和发放", img.attr("alt"));
        assertEquals("../../media/example-ylbt-2024-tujie.svg", img.attr("src"));
        assertEquals(-1, Files.mismatch(site.resolve("media/example-ylbt-2024-tujie.svg"),
                TestSupport.CONTENT.resolve("media/example-ylbt-2024-tujie.svg")));
        Element description = d.getElementById(img.attr("aria-describedby"));
        assertNotNull(description, "aria-describedby names the long description");
        assertEquals(3, description.select("ol li").size());
        assertTrue(description.text().contains("第二步，照护需求评估：评估机构上门评估。"), description.text());
    }

    @Test
    void videoIsASiteLocalFileWithItsTranscript() throws IOException {
        Document d = page(site, "interpretations/example-ylbt-2024-sp/index.html");
        Element video = d.selectFirst("main video");
        assertEquals("../../media/example-ylbt-2024-video.webm", video.attr("src"));
        assertTrue(video.hasAttr("controls"));
        assertEquals(-1, Files.mismatch(site.resolve("media/example-ylbt-2024-video.webm"),
                TestSupport.CONTENT.resolve("media/example-ylbt-2024-video.webm")));
        assertEquals("视频文字稿", d.selectFirst("#content").text());
        String transcript = d.selectFirst("#content + .body").text();
        assertTrue(transcript.contains("第一步：提出申请。到社区事务受理服务中心窗口，或者网上办理。"), transcript);
    }

    @Test
    void questionsAndAnswersAreMarkedUpAsAList() {
        Document d = page(site, "interpretations/example-ylbt-2024-wd/index.html");
        Elements qa = d.select("main ol.qa-list > li.qa");
        assertEquals(3, qa.size());
        assertEquals("问：谁可以申领养老服务补贴？", qa.get(0).selectFirst("h3.question").text());
        for (Element li : qa) {
            assertTrue(li.selectFirst(".answer").text().startsWith("答："), li.text());
        }
    }

    @Test
    void faqIsOnThePolicysOwnPage() {
        Document d = policy(site, "example-ylbt-2024");
        assertEquals("常见问题解答", d.selectFirst("#faq").text());
        Elements qa = d.select("#faq + ol.qa-list > li.qa");
        assertEquals(List.of("问：本问答是真实的政策答复吗？", "问：申领养老服务补贴可以在哪里办理？"), qa.select("h3.question").eachText());
        assertTrue(qa.get(1).selectFirst(".answer").text().contains("网上办理的入口见本页“相关办事服务”"));
    }

    @Test
    void serviceGivesTheTitleABanIconAndLinksThePassageThatMentionsIt() {
        Document d = policy(site, "example-ylbt-2024");
        String url = "https://ban.example/ylbt/shenling";
        Element icon = d.selectFirst("h1 a.ban");
        assertEquals(url, icon.attr("href"));
        assertEquals("办", icon.selectFirst(".ban-icon").text());
        assertEquals("办（在线办理：养老服务补贴申领（示例））", icon.text(), "the icon's accessible name");
        Element passage = d.selectFirst("main .body a.service-link");
        assertEquals(url, passage.attr("href"));
        assertEquals("网上办理办（在线办理：养老服务补贴申领（示例））", passage.text());
        assertEquals("true", passage.selectFirst(".ban-icon").attr("aria-hidden"), "the name is read once, from the text");
        Element paragraph = passage.parent();
        assertTrue(paragraph.text().startsWith("申请人可以在社区事务受理服务中心窗口办理"), paragraph.text());
        assertEquals("第三条 办理方式", paragraph.previousElementSibling().text());
        assertEquals(url, d.selectFirst("#services + ul a").attr("href"));
        assertNull(policy(site, "example-dibao-2018").selectFirst("h1 a.ban"), "no service, no icon");
    }

    @Test
    void everyPolicyPageLinksTheConsultationChannelWithItsId() throws IOException {
        int n = 0;
        for (Path p : htmlFiles(site.resolve("policies"))) {
            if (p.getParent().equals(site.resolve("policies"))) {
                continue;
            }
            String id = p.getParent().getFileName().toString();
            Element a = page(site, site.relativize(p).toString())
                    .selectFirst("#consult + p a[href=https://liuyan.example/zixun?policy=" + id + "]");
            assertNotNull(a, id);
            assertEquals("政策咨询留言板（演示）", a.text());
            n++;
        }
        assertEquals(11, n);
    }

    @Test
    void repliesAreShownOnTheirPolicysPageAndOnAPageOfTheirOwn() {
        List<String> fields = List.of("留言时间", "留言内容", "答复时间", "答复单位", "答复内容");
        Document d = policy(site, "example-ylbt-2024");
        Elements replies = d.select("#replies + ul.reply-list > li.reply");
        assertEquals(List.of("reply-example-ylbt-2024-ly2", "reply-example-ylbt-2024-ly1"), replies.eachAttr("id"));
        Element newest = replies.get(0);
        assertEquals(fields, newest.select("dt").eachText());
        assertEquals(List.of("2026年9月28日", "（示例留言）养老服务补贴每个月什么时候发放？", "2026年10月14日", "上海市民政局"),
                newest.select("dd").eachText().subList(0, 4));
        assertTrue(newest.select("dd").get(4).text().contains("审核通过后按月发放"));

        Document all = page(site, "replies/index.html");
        Elements items = all.select("main ul.reply-list > li.reply");
        assertEquals(List.of("reply-example-cjbt-2026-ly", "reply-example-ylbt-2024-ly2", "reply-example-ylbt-2024-ly1"),
                items.eachAttr("id"), "newest answer first");
        assertTrue(all.selectFirst("main .lead").text().contains("共 3 条"));
        for (Element li : items) {
            List<String> expected = new ArrayList<>(List.of("所涉文件"));
            expected.addAll(fields);
            assertEquals(expected, li.select("dt").eachText());
        }
        assertEquals("../policies/example-cjbt-2026/index.html", items.get(0).selectFirst("dd a").attr("href"));
        assertEquals("有效性：尚未生效", items.get(0).selectFirst("dd .validity").text());
    }

    @Test
    void reportListsTheFindingsOfTheExampleContent() throws IOException {
        List<Map<String, Object>> findings = readFindings(report);
        Set<String> got = new TreeSet<>();
        for (Map<String, Object> f : findings) {
            assertEquals(Set.of("rule", "record", "file", "message"), f.keySet());
            got.add(f.get("rule") + " " + f.get("record"));
            assertTrue(Files.isRegularFile(Path.of((String) f.get("file"))), "file names the record's file: " + f.get("file"));
            assertFalse(((String) f.get("message")).isBlank());
        }
        assertEquals(new TreeSet<>(Set.of(
                "normative-without-interpretation example-cjbt-2026",
                "normative-without-interpretation example-lsjz-2021",
                "interpretation-late example-sqyl-2025-jd",
                "reply-late example-ylbt-2024-ly2",
                "normative-missing-validity example-cjbt-2026",
                "expired-held-in-force example-lsjz-2021",
                "normative-expiring-soon example-sqyl-2025")), got);
        Map<String, Object> late = findings.stream().filter(f -> f.get("rule").equals("reply-late")).findFirst().orElseThrow();
        assertEquals("content/replies/examples/example-ylbt-2024-ly2.md", late.get("file"));
        assertTrue(((String) late.get("message")).contains("用了 8 个工作日"), "holiday and 调休 counted: " + late.get("message"));
        assertTrue(findings.stream().anyMatch(f -> String.valueOf(f.get("message")).contains("还有 129 天")));

        Document html = TestSupport.page(report, "index.html");
        assertEquals("政务公开合规检查报告", html.selectFirst("h1").text());
        assertEquals("行政规范性文件没有政策解读（2 条）", html.getElementById("normative-without-interpretation").text());
        assertEquals("缺少工作日历数据（0 条）", html.getElementById("calendar-year-missing").text());
        assertEquals(7, html.select("div.table-scroll:not([aria-labelledby=summary]) tbody tr").size(), "one row per finding");
        List<String> external = html.select("#external ~ ul li").eachText();
        assertTrue(external.contains("https://ban.example/ylbt/shenling"), external.toString());
        assertTrue(external.contains("https://liuyan.example/zixun?policy=example-ylbt-2024"), external.toString());
        assertEquals(List.of(), TestSupport.filesContaining(site, "findings.json", "合规检查报告"), "the report is not published");
    }

    @Test
    void checkWritesTheSameFindingsWithoutTheSite(@TempDir Path dir) throws IOException {
        Path checked = dir.resolve("report");
        TestSupport.Run r = cli("check", "--content", TestSupport.CONTENT.toString(), "--templates", TestSupport.TEMPLATES.toString(),
                "--as-of", AS_OF, "--report", checked.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(readFindings(report), readFindings(checked));
        assertTrue(TestSupport.page(checked, "index.html").selectFirst("#external + p").text().contains("gongkai build --report"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(checked), files.toList(), "check writes the report and nothing else");
        }
    }

    @Test
    void aReportInsideTheSiteIsRefused(@TempDir Path dir) {
        Path out = dir.resolve("site");
        TestSupport.Run r = cli("build", "--content", TestSupport.CONTENT.toString(), "--out", out.toString(), "--as-of", AS_OF,
                "--report", out.resolve("report").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("在网站输出目录") && r.err().contains("之内"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aYearWithoutCalendarDataIsCountedMondayToFridayAndTheReportSaysSo(@TempDir Path dir) throws IOException {
        Path content = TestSupport.contentCopy(dir);
        // 2019-10-01 to 10-07 was the National Day holiday; without 2019 data those weekdays count.
        TestSupport.write(content.resolve("replies/test-2019.md"), "---\nid: test-2019\npolicy: example-ylbt-2019\n"
                + "asked: 2019-09-30\nmessage: 留言\nreplied: 2019-10-08\nagency: shmzj\ndisclosure: 主动公开\nexample: true\n---\n答复。\n");
        Path out = dir.resolve("report");
        TestSupport.Run r = cli("check", "--content", content.toString(), "--as-of", AS_OF, "--report", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, Object>> findings = readFindings(out);
        Map<String, Object> missing = findings.stream().filter(f -> f.get("rule").equals("calendar-year-missing"))
                .findFirst().orElseThrow();
        assertTrue(((String) missing.get("message")).startsWith("2019年没有工作日历数据"), missing.toString());
        assertNull(missing.get("record"));
        Map<String, Object> late = findings.stream().filter(f -> "test-2019".equals(f.get("record"))).findFirst().orElseThrow();
        assertTrue(((String) late.get("message")).contains("用了 6 个工作日"), late.toString());
        assertEquals("缺少工作日历数据（1 条）", TestSupport.page(out, "index.html").getElementById("calendar-year-missing").text());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readFindings(Path dir) throws IOException {
        return JsonMapper.builder().build().readValue(Files.readString(dir.resolve("findings.json")), List.class);
    }
}
