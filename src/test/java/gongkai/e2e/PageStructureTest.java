package gongkai.e2e;

import static gongkai.TestSupport.build;
import static gongkai.TestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.render.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure R16 asks of every page, in both editions, read from the built files: the care
 * twin of each page and the switch between them, unique titles, headings, landmarks, metadata as
 * a table or list, validity as text, and the accessibility statement.
 */
class PageStructureTest {
    @TempDir
    static Path tmp;

    static Path site;
    static List<String> standard;

    @BeforeAll
    static void buildContent() throws IOException {
        site = tmp.resolve("site");
        build(TestSupport.CONTENT, site, "2026-11-22");
        standard = htmlPages().stream().filter(p -> !p.startsWith("care/")).toList();
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.map(p -> site.relativize(p).toString().replace('\\', '/')).filter(p -> p.endsWith(".html")).sorted()
                    .toList();
        }
    }

    private static List<String> allPages() {
        List<String> all = new ArrayList<>(standard);
        standard.forEach(p -> all.add(Edition.CARE.path(p)));
        return all;
    }

    /** The site-relative page a link on {@code page} leads to, without its fragment. */
    private static String resolve(String page, String href) {
        Path base = Path.of(page).getParent();
        String path = href.replaceFirst("#.*$", "");
        Path target = (base == null ? Path.of(path) : base.resolve(path)).normalize();
        return target.toString().replace('\\', '/');
    }

    @Test
    void everyPageHasACareTwinAndNothingElseIsUnderCare() throws IOException {
        List<String> care = htmlPages().stream().filter(p -> p.startsWith("care/")).map(p -> p.substring(5)).toList();
        assertEquals(standard, care);
        assertTrue(standard.size() >= 30, "pages: " + standard.size());
    }

    @Test
    void headerSwitchLeadsToTheSamePageInTheOtherEditionRightAfterTheSkipLink() {
        for (String p : standard) {
            for (Edition edition : Edition.values()) {
                String path = edition.path(p);
                Elements focusable = page(site, path).select("a[href], button:not([hidden]), [tabindex=0]");
                assertEquals("跳到主要内容", focusable.get(0).text(), path);
                assertEquals("#main", focusable.get(0).attr("href"));
                Element toggle = focusable.get(1);
                assertTrue(toggle.hasClass("edition-switch") && toggle.parent().parent().tagName().equals("header"), path);
                assertEquals(edition == Edition.CARE ? "退出关怀版" : "进入关怀版", toggle.text());
                assertEquals(edition.other().path(p), resolve(path, toggle.attr("href")), path);
            }
        }
    }

    @Test
    void careLinksStayInTheCareEdition() {
        for (String p : standard) {
            String path = Edition.CARE.path(p);
            for (Element a : page(site, path).select("a[href]:not(.edition-switch)")) {
                String href = a.attr("href");
                if (href.startsWith("#") || href.contains(":")) {
                    continue;
                }
                String target = resolve(path, href);
                if (!target.endsWith(".html")) {
                    assertTrue(target.startsWith("media/"), "a file that is not a page is shared by both editions: " + target);
                    continue;
                }
                assertTrue(target.startsWith("care/"), path + " → " + href);
            }
            for (Element r : page(site, path).select("link[href], script[src]")) {
                String target = resolve(path, r.hasAttr("href") ? r.attr("href") : r.attr("src"));
                assertTrue(target.startsWith("assets/"), "shared files come from the one assets folder: " + target);
            }
        }
    }

    @Test
    void everyTitleIsUnique() {
        Map<String, String> seen = new HashMap<>();
        for (String path : allPages()) {
            String title = page(site, path).title();
            assertFalse(title.isBlank(), path);
            String other = seen.put(title, path);
            assertEquals(null, other, "「" + title + "」 on " + path + " and " + other);
            assertEquals(path.startsWith("care/"), title.contains("_关怀版_"), title);
        }
    }

    @Test
    void documentsSharingATitleAreToldApartByTheirDocNumber(@TempDir Path dir) {
        Path content = TestSupport.contentCopy(dir);
        String twin = TestSupport.read(content.resolve("policies/examples/example-dibao-2018.md"))
                .replace("id: example-dibao-2018", "id: example-dibao-2018-copy")
                .replace("示例规〔2018〕3号", "示例规〔2018〕4号");
        TestSupport.write(content.resolve("policies/examples/example-dibao-2018-copy.md"), twin);
        Path out = dir.resolve("site");
        TestSupport.build(content, out, "2026-11-22");
        String first = page(out, "policies/example-dibao-2018/index.html").title();
        String second = page(out, "policies/example-dibao-2018-copy/index.html").title();
        assertTrue(first.startsWith("（示例）最低生活保障家庭收入核定办法（示例规〔2018〕3号）_政策文件_"), first);
        assertTrue(second.startsWith("（示例）最低生活保障家庭收入核定办法（示例规〔2018〕4号）_政策文件_"), second);
        assertTrue(page(out, "policies/example-ylbt-2024/index.html").title().startsWith("（示例）养老服务补贴申领管理办法_"),
                "a title nobody shares stays as it is");
    }

    @Test
    void duplicateTitlesThatNothingTellsApartFailTheBuildNamingBothPages(@TempDir Path dir) {
        Path content = TestSupport.contentCopy(dir);
        String twin = TestSupport.read(content.resolve("policies/examples/example-dibao-2018.md"))
                .replace("id: example-dibao-2018", "id: example-dibao-2018-copy");
        TestSupport.write(content.resolve("policies/examples/example-dibao-2018-copy.md"), twin);
        Path out = dir.resolve("site");
        TestSupport.Run r = TestSupport.cli("build", "--content", content.toString(), "--templates",
                TestSupport.TEMPLATES.toString(), "--out", out.toString(), "--as-of", "2026-11-22");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("页面标题重复"), r.err());
        assertTrue(r.err().contains("policies/example-dibao-2018/index.html")
                && r.err().contains("policies/example-dibao-2018-copy/index.html"), r.err());
        assertTrue(r.err().contains("请修改"), "says how to fix it: " + r.err());
        assertFalse(Files.exists(out), "nothing published");
    }

    @Test
    void oneH1AndNoSkippedHeadingLevels() {
        for (String path : allPages()) {
            Document d = page(site, path);
            assertEquals(1, d.select("h1").size(), path);
            int previous = 0;
            for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertTrue(level <= previous + 1, path + ": " + h.tagName() + "「" + h.text() + "」 after h" + previous);
                previous = level;
            }
            assertEquals("h1", d.selectFirst("main h1, main h2, main h3").tagName(), path + " starts with its h1");
        }
    }

    @Test
    void landmarksOnceEachAndLanguageSet() {
        for (String path : allPages()) {
            Document d = page(site, path);
            assertEquals("zh-CN", d.selectFirst("html").attr("lang"), path);
            assertEquals(1, d.select("body > header").size(), path);
            assertEquals(1, d.select("main").size(), path);
            assertEquals(1, d.select("body > footer").size(), path);
            assertEquals(1, d.select("nav[aria-label=主导航]").size(), path);
            assertEquals(0, d.select("main header, main footer").stream().filter(e -> e.closest("article, section, aside") == null)
                    .count(), path);
            List<String> navLabels = d.select("nav").eachAttr("aria-label");
            assertEquals(navLabels.stream().distinct().count(), d.select("nav").size(), path + " navigations need distinct names");
        }
    }

    @Test
    void metadataIsATableWithRowHeadersOrAListAndValidityIsText() {
        for (String path : allPages()) {
            Document d = page(site, path);
            if (path.matches("(care/)?policies/[^/]+/index\\.html")) {
                Element table = d.selectFirst("main table.meta-table");
                assertNotNull(table, path);
                assertEquals(table.select("tr").size(), table.select("tr > th[scope=row]:first-child").size(), path);
                Element validity = table.select("tr").stream().filter(tr -> tr.selectFirst("th").text().equals("有效性"))
                        .findFirst().orElseThrow().selectFirst("td");
                assertFalse(validity.text().isBlank(), path);
            }
            if (path.contains("interpretations/") && !path.endsWith("interpretations/index.html")) {
                assertNotNull(d.selectFirst("main dl dt + dd"), path);
            }
            for (Element v : d.select(".validity")) {
                assertTrue(v.text().matches("有效性：\\S.*"), path + ": validity in words, not colour alone: " + v.text());
            }
            for (Element region : d.select(".table-scroll")) {
                assertEquals("region", region.attr("role"), path);
                assertEquals("0", region.attr("tabindex"), path);
                assertTrue(region.hasAttr("aria-label") || region.hasAttr("aria-labelledby"), path);
            }
        }
    }

    @Test
    void noInlineScriptOrStyleAndNoExternalResource() {
        for (String path : allPages()) {
            Document d = page(site, path);
            assertEquals(0, d.select("[style], style").size(), path);
            for (Element s : d.select("script")) {
                assertTrue(s.hasAttr("src") && s.data().isBlank(), path + ": " + s);
            }
            for (Element e : d.select("script[src], link[href], img[src], video[src], source[src], iframe[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertFalse(url.contains(":") || url.startsWith("//"), path + ": " + url);
            }
            assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'self'"));
        }
    }

    @Test
    void accessibilityStatementClaimsTheStandardsGivesTheContactAndIsLinkedFromEveryPage() {
        String statement = "accessibility/index.html";
        Document d = page(site, statement);
        String text = d.selectFirst("main").text();
        assertEquals("无障碍声明", d.selectFirst("h1").text());
        assertTrue(text.contains("WCAG") && text.contains("2.2") && text.contains("AA 级"), text);
        assertTrue(text.contains("GB/T 37668-2019"), text);
        assertTrue(text.contains("本站为演示站点，问题请在 gongkai 项目中提出"), "the contact from site.yaml");
        for (String path : allPages()) {
            Element link = page(site, path).selectFirst("footer a:contains(无障碍声明)");
            assertNotNull(link, path);
            String expected = path.startsWith("care/") ? Edition.CARE.path(statement) : statement;
            assertEquals(expected, resolve(path, link.attr("href")), path);
        }
    }

    @Test
    void readerToolsNeedScriptSoTheyStartHidden() {
        for (String path : allPages()) {
            Document d = page(site, path);
            assertTrue(d.selectFirst(".text-size").hasAttr("hidden"), path);
            assertEquals(3, d.select(".text-size button[data-text-size-step]").size(), path);
            assertTrue(d.selectFirst(".read-aloud").hasAttr("hidden"), path);
            assertEquals(path.startsWith("care/"), d.select("link[href$=assets/care.css]").size() == 1, path);
            assertEquals(1, d.select("link[media=print][href$=assets/print.css]").size(), path);
        }
    }
}
