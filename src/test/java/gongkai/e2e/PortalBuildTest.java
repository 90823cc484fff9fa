package gongkai.e2e;

import static gongkai.TestSupport.build;
import static gongkai.TestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.publish.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the project's real content once and checks the pages a reader gets. */
class PortalBuildTest {
    static final Path site = TestSupport.exampleSite();

    private static List<String> titlesIn(Document d) {
        return d.select("main .doc-title").eachText();
    }

    private static String labelOf(Document d, String policyId) {
        for (Element li : d.select("main li.doc")) {
            if (li.selectFirst("a.doc-title").attr("href").contains("policies/" + policyId + "/")) {
                return li.selectFirst(".validity").text();
            }
        }
        return null;
    }

    @Test
    void yearPagesExistOnlyForYearsWithDocumentsNewestFirst() {
        Document years = page(site, "years/index.html");
        assertEquals(List.of("2026年", "2025年", "2024年", "2023年", "2022年", "2021年", "2019年", "2018年"),
                years.select("main .entry-list a").eachText());
        assertFalse(Files.exists(site.resolve("years/2020/index.html")));
        Document y2023 = page(site, "years/2023/index.html");
        assertEquals(List.of("上海市民政局关于印发《2023年上海市民政局政务公开工作要点》的通知",
                "上海市人民政府办公厅关于印发《2023年上海市政务公开工作要点》的通知"), titlesIn(y2023),
                "2023-04-11 is listed before 2023-03-31");
        assertTrue(y2023.select("main .lead").text().contains("共 2 份文件"));
        for (Element li : y2023.select("main li.doc")) {
            assertTrue(li.text().contains("其他文件"), "kind shown: " + li.text());
            assertNotNull(li.selectFirst(".validity"), "validity label in listing");
        }
    }

    @Test
    void validityLabelsDerivedFromDatesAppearOnPageAndInEveryListing() throws IOException {
        assertEquals("有效性：有效", page(site, "policies/example-ylbt-2024/index.html").selectFirst("main .status-line .validity").text());
        assertEquals("有效性：废止", page(site, "policies/example-ylbt-2019/index.html").selectFirst("main .status-line .validity").text());
        assertEquals("有效性：已失效", page(site, "policies/example-dibao-2018/index.html").selectFirst("main .status-line .validity").text());
        int listings = 0;
        for (Path p : htmlFiles(site)) {
            Document d = page(site, site.relativize(p).toString());
            String label = labelOf(d, "example-ylbt-2019");
            if (label != null) {
                assertEquals("有效性：废止", label, p.toString());
                listings++;
            }
        }
        assertTrue(listings >= 6, "listed on home, column, year, agency, topic and tag pages: " + listings);
    }

    @Test
    void labelsFollowAsOfDate(@TempDir Path other) {
        Path earlier = other.resolve("site");
        build(TestSupport.CONTENT, earlier, "2024-03-20");
        assertEquals("有效性：尚未生效", page(earlier, "policies/example-ylbt-2024/index.html").selectFirst("main .status-line .validity").text());
        assertEquals("有效性：有效", labelOf(page(earlier, "years/2019/index.html"), "example-ylbt-2019"));
        assertEquals("有效性：尚未生效", labelOf(page(earlier, "topics/ylfw/index.html"), "example-ylbt-2024"));
        assertTrue(page(earlier, "policies/example-ylbt-2024/index.html").selectFirst(".banner").text().contains("2024年4月1日起施行"));
    }

    @Test
    void repealedDocumentHasBannerLinkingItsReplacementAndBack() {
        Document old = page(site, "policies/example-ylbt-2019/index.html");
        Element banner = old.selectFirst("main .banner");
        assertNotNull(banner);
        assertTrue(banner.text().contains("2024年4月1日废止"), banner.text());
        assertEquals("../../policies/example-ylbt-2024/index.html", banner.selectFirst("a").attr("href"));
        Document replacement = page(site, "policies/example-ylbt-2024/index.html");
        assertTrue(replacement.select("main a[href=../../policies/example-ylbt-2019/index.html]").size() > 0);
        assertTrue(replacement.text().contains("本文件废止了"));
    }

    @Test
    void interpretationAndPolicyLinkBothWays() {
        Document policy = page(site, "policies/example-ylbt-2024/index.html");
        Elements toInterp = policy.select("main a[href=../../interpretations/example-ylbt-2024-jd/index.html]");
        assertEquals(1, toInterp.size());
        Document interp = page(site, "interpretations/example-ylbt-2024-jd/index.html");
        assertEquals(1, interp.select("main a[href=../../policies/example-ylbt-2024/index.html]").size());
        assertEquals("（示例）一图读懂养老服务补贴申领管理办法 示例", interp.selectFirst("h1").text());
    }

    @Test
    void policyPageShowsAllRequiredElements() {
        Document d = page(site, "policies/shmzj-2022-zwgk-gzyd/index.html");
        List<String> labels = d.select("main .meta-table th").eachText();
        for (String l : List.of("标题", "文号", "发布机构", "成文日期", "发布日期", "主题分类", "有效性")) {
            assertTrue(labels.contains(l), "metadata row " + l + " in " + labels);
        }
        assertTrue(d.selectFirst("main .meta-table").text().contains("沪民办发〔2022〕8号"));
        assertEquals(1, d.select("h1").size());
        assertEquals("zh-CN", d.selectFirst("html").attr("lang"));
    }

    @Test
    void taskBreakdownTableHasAll72RowsAsAnAccessibleTable() {
        Document d = page(site, "policies/shmzj-2022-zwgk-gzyd/index.html");
        Element table = d.selectFirst("main table.task-table");
        assertNotNull(table);
        assertEquals("2022年上海市民政局政务公开工作要点任务分解表", table.selectFirst("caption").text());
        assertEquals(List.of("序号", "任务名称", "任务内容", "责任处室", "协助处室", "时间节点"), table.select("thead th[scope=col]").eachText());
        Elements rows = table.select("tbody tr");
        assertEquals(72, rows.size());
        for (int i = 0; i < 72; i++) {
            assertEquals(String.valueOf(i + 1), rows.get(i).selectFirst("th[scope=row]").text());
        }
        // Row 3 continues the task of row 2, so row 2's task cell spans both.
        assertEquals("2", rows.get(1).selectFirst("td").attr("rowspan"));
    }

    @Test
    void workPointItemsHaveStableAnchors() {
        Document d = page(site, "policies/shszfbgt-2023-zwgk-gzyd/index.html");
        Elements items = d.select("main .wp-item[id]");
        assertEquals(34, items.size());
        assertEquals("item-1-1", items.get(0).id());
        assertTrue(items.get(0).text().startsWith("(一)指导思想"), items.get(0).text());
        assertTrue(items.last().text().startsWith("(三十四)"), items.last().text());
    }

    @Test
    void examplesCarryAVisibleBadge() {
        assertEquals("示例", page(site, "policies/example-ylbt-2024/index.html").selectFirst("h1 .badge-example").text());
        assertTrue(page(site, "policies/index.html").select("main .badge-example").size() >= 3);
        assertEquals(0, page(site, "policies/shmzj-2022-zwgk-gzyd/index.html").select(".badge-example").size());
    }

    @Test
    void policyColumnListsNormativeAndOtherDocumentsApart() {
        Document d = page(site, "policies/index.html");
        String normative = d.selectFirst("#normative").nextElementSibling().text();
        String other = d.selectFirst("#other").nextElementSibling().text();
        assertTrue(normative.contains("（示例）养老服务补贴申领管理办法"));
        assertFalse(normative.contains("工作要点"));
        assertTrue(other.contains("2022年上海市民政局政务公开工作要点"));
    }

    @Test
    void everyInternalLinkAndFragmentResolves() {
        LinkChecker.Report r = new LinkChecker().check(site);
        assertEquals(List.of(), r.broken());
        assertTrue(r.pages() > 20);
    }

    @Test
    void linksAreRelative() throws IOException {
        for (Path p : htmlFiles(site)) {
            Document d = page(site, site.relativize(p).toString());
            for (Element e : d.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(link.startsWith("/"), p + ": " + link);
            }
        }
    }

    @Test
    void recordNotActivelyDisclosedAppearsNowhere() {
        assertEquals(List.of(), TestSupport.filesContaining(site, "内部工作安排", "example-internal", "个人家庭情况"));
    }

    static List<Path> htmlFiles(Path root) throws IOException {
        return allFiles(root).stream().filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList());
    }

    static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }
}
