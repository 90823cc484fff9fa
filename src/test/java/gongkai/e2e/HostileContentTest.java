package gongkai.e2e;

import static gongkai.TestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content with scripts, event handlers, javascript: and data: URLs, frames, CSS expressions and
 * Freemarker syntax (src/test/resources/hostile/, planted into a copy of the real content, plus a
 * hostile portal name in site.yaml) builds, and every page of the result is inert: such text is
 * shown as text or removed, never executed or loaded.
 */
class HostileContentTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    @TempDir
    static Path tmp;

    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void buildHostileContent() throws IOException {
        Path content = TestSupport.contentCopy(tmp);
        TestSupport.copyTree(CORPUS, content);
        Path siteYaml = content.resolve("site.yaml");
        TestSupport.write(siteYaml, TestSupport.read(siteYaml).replaceFirst("(?m)^name: .*$",
                "name: \"门户<script>alert('name')</script>\\${7*7}\""));
        site = tmp.resolve("site");
        TestSupport.build(content, site, "2026-11-22");
        pages = PortalBuildTest.htmlFiles(site);
    }

    private static Document doc(Path p) {
        return page(site, site.relativize(p).toString());
    }

    @Test
    void noPageHasInlineScriptEventHandlersOrActiveElements() {
        for (Path p : pages) {
            Document d = doc(p);
            assertEquals(List.of(), d.select("script:not([src])").stream().map(Element::outerHtml).toList(), p + ": inline script");
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), p + ": event handler " + e.outerHtml());
                }
            }
            assertEquals(0, d.select("iframe, frame, object, embed, applet, style, base, [style], meta[http-equiv=refresh]")
                    .size(), p + ": " + d.select("iframe, frame, object, embed, applet, style, base, [style]"));
        }
    }

    @Test
    void noUrlAnywhereUsesAScriptOrDataScheme() {
        for (Path p : pages) {
            for (Element e : doc(p).getAllElements()) {
                for (Attribute a : e.attributes()) {
                    // Browsers ignore whitespace and control characters inside a scheme: strip them too.
                    String v = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
                        assertFalse(v.startsWith(scheme) || v.contains("url(" + scheme), p + ": " + e.outerHtml());
                    }
                }
            }
        }
    }

    @Test
    void hostilePagesHaveNoScriptButTheSitesOwn() {
        for (String path : List.of("policies/test-hostile/index.html", "interpretations/test-hostile-jd/index.html",
                "policies/test-hostile-wp/index.html")) {
            assertEquals(List.of("../../assets/site.js"), page(site, path).select("script").eachAttr("src"), path);
            assertEquals(1, page(site, path).select("script").size(), path);
        }
    }

    @Test
    void markupAndTemplateSyntaxInFieldsAreShownAsText() {
        Document d = page(site, "policies/test-hostile/index.html");
        assertEquals("（示例）<script>alert('title')</script><img src=x onerror=alert(1)> ${7*7} <#assign x=1> 示例",
                d.selectFirst("h1").text());
        assertTrue(d.title().startsWith("（示例）<script>alert('title')</script>"), d.title());
        assertTrue(d.selectFirst("main .meta-table").text().contains("示例规〔2024〕1号\"><svg onload=alert(1)>"));
        assertTrue(d.selectFirst("main .meta-table").text().contains("javascript:alert(1)"), "index number is text");
        assertTrue(d.selectFirst(".site-name").text().equals("门户<script>alert('name')</script>${7*7}"),
                d.selectFirst(".site-name").text());
        Document listing = page(site, "topics/ylfw/index.html");
        assertTrue(listing.select("main .doc-title").eachText().stream().anyMatch(t -> t.contains("<script>alert('title')")));
    }

    @Test
    void markdownBodyKeepsTheWordsAndDropsWhatIsActive() {
        Element body = page(site, "policies/test-hostile/index.html").selectFirst("main .body");
        String text = body.text();
        for (String shown : List.of("<script>alert('body')</script>", "<iframe src=\"https://evil.example/\"></iframe>",
                "<div style=\"width: expression(alert(4))\">CSS 表达式</div>", "${7*7}", "<#assign y=2>", "[#assign z=3]",
                "<@l.page/>", "#{1+1}")) {
            assertTrue(text.contains(shown), shown + " shown as text in: " + text);
        }
        List<String> links = new ArrayList<>(body.select("a").eachAttr("href"));
        assertEquals(List.of(), links, "no link of the body survives: all used refused schemes");
        for (String words : List.of("脚本链接", "大写脚本", "数据链接", "VB 链接", "引用式链接", "javascript:alert(15)", "表格链接")) {
            assertTrue(text.contains(words), "link text kept as plain text: " + words);
        }
        assertEquals(0, body.select("img").size());
        assertNotNull(body.selectFirst("table"), "tables still work");
        assertTrue(body.selectFirst("table").text().contains("<b onclick=alert(16)>粗体</b>"));
    }

    @Test
    void workPointsAndInterpretationsAreInertToo() {
        Document wp = page(site, "policies/test-hostile-wp/index.html");
        String text = wp.selectFirst("main .workpoints").text();
        for (String shown : List.of("<iframe src=https://evil.example/></iframe>", "<script>alert('notice')</script><#assign x=1>",
                "<a href=\"javascript:alert(21)\">部分</a>", "<svg onload=alert(22)>", "${\"x\"?upper_case}",
                "<b onmouseover=alert(24)>办公室</b>", "<script>alert('cell')</script>", "<i onclick=alert(25)>任务</i>")) {
            assertTrue(text.contains(shown), shown + " in " + text);
        }
        assertEquals(0, wp.select("main .workpoints a, main .workpoints img, main .workpoints svg").size());
        Document jd = page(site, "interpretations/test-hostile-jd/index.html");
        // A line starting with <script> is an HTML block in Markdown: escaped whole, the link syntax included.
        assertEquals("<script>alert('jd-body')</script> [链接](javascript:alert(19)) ${7*7} <#if true>模板</#if>",
                jd.selectFirst("main .body").text());
    }
}
