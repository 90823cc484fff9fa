package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MarkdownTest {
    private final Markdown markdown = new Markdown();

    @Test
    void linksWithRefusedUrlsKeepOnlyTheirWords() {
        for (String md : new String[] {"[点我](javascript:alert(1))", "[点我](JaVaScRiPt:alert(1))", "[点我](&#106;avascript:alert(1))",
                "[点我](data:text/html;base64,PHNjcmlwdD4=)", "[点我](vbscript:msgbox)", "[点我](file:///etc/passwd)", "[点我](<>)"}) {
            assertEquals("<p>点我</p>", markdown.toHtml(md).strip(), md);
        }
        assertEquals("<p>javascript:alert(1)</p>", markdown.toHtml("<javascript:alert(1)>").strip());
    }

    @Test
    void allowedLinksStay() {
        assertEquals("<p><a href=\"https://www.gov.cn/\">国务院</a> <a href=\"../a/index.html#f\">站内</a> "
                + "<a href=\"mailto:gkb@mzj.sh.gov.cn\">邮件</a></p>",
                markdown.toHtml("[国务院](https://www.gov.cn/) [站内](../a/index.html#f) [邮件](mailto:gkb@mzj.sh.gov.cn)").strip());
    }

    @Test
    void rawHtmlAndTemplateSyntaxAreText() {
        Document d = Jsoup.parseBodyFragment(markdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> ${7*7} <#assign a=1>"));
        assertEquals(0, d.select("script, img").size());
        assertTrue(d.text().contains("<script>alert(1)</script>") && d.text().contains("<img src=x onerror=alert(2)> ${7*7} <#assign a=1>"),
                d.text());
    }

    /** A hang guard, not a speed figure: pathological nesting must finish, whatever the machine. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void pathologicalInputIsBoundedWork() {
        int n = 50_000;
        for (String md : new String[] {">".repeat(n) + " 引用", "*".repeat(n) + "强调" + "*".repeat(n), "[".repeat(n) + "链接",
                "x <!--".repeat(n), "- ".repeat(n) + "列表", "|a|\n|-|\n" + "|b|\n".repeat(n)}) {
            String html = markdown.toHtml(md);
            assertTrue(html.length() > 0, md.substring(0, 10));
        }
    }

    private static final String TABLE_START =
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格（可横向滚动）\"><table>";

    /** Tags and attributes a body may hold: what jsoup's relaxed safelist allowed, less img and ftp links. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("p", Set.of()), Map.entry("h2", Set.of()),
            Map.entry("h3", Set.of()), Map.entry("h4", Set.of()), Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("blockquote", Set.of()), Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start")),
            Map.entry("li", Set.of()), Map.entry("pre", Set.of()), Map.entry("code", Set.of()), Map.entry("em", Set.of()),
            Map.entry("strong", Set.of()), Map.entry("br", Set.of()), Map.entry("a", Set.of("href", "title")),
            Map.entry("div", Set.of("class", "tabindex", "role", "aria-label")), Map.entry("table", Set.of()),
            Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()), Map.entry("tr", Set.of()),
            Map.entry("th", Set.of("align")), Map.entry("td", Set.of("align")));

    @Test
    void whateverTheSourceOnlyAllowedTagsAttributesAndSchemesComeOut() {
        String hostile = String.join("\n\n", List.of(
                "[x](http://a\\\"onmouseover=\\\"alert(1)) [y](/a \"t\\\" onclick=\\\"alert(2)\") <http://b\"onfocus=\"alert(3)>",
                "<b onclick=alert(4)>粗</b> <img src=x onerror=alert(5)> <svg/onload=alert(6)> <a href=javascript:alert(7)>a</a>",
                "![图](javascript:alert(8)) ![图](https://evil.example/x.png \"\\\" onerror=\\\"alert(9)\")",
                "```js\" onload=\"alert(10)\n<script>alert(11)</script>\n```",
                "| a <i onclick=x> | b |\n|:-|-:|\n| [c](data:text/html,x) | <style>*{}</style> |",
                "<div onclick=\"alert(12)\">\n块\n</div>", "<!-- <script>alert(13)</script> -->", "---",
                "[r][e] [s][f]\n\n[e]: javascript:alert(14) \"\\\"><script>\"\n[f]: /ok \"t\"",
                "# 一\n\n> ### 三 <em onclick=x>\n\n- 5. [z](vbscript:x)\n\n  ```\n  x\n  ```"));
        String html = markdown.toHtml(hostile);
        Document d = Jsoup.parseBodyFragment(html);
        for (Element e : d.body().select("*")) {
            if (e == d.body()) {
                continue;
            }
            assertTrue(ALLOWED.containsKey(e.tagName()), e.tagName() + " in " + html);
            for (Attribute a : e.attributes()) {
                assertTrue(ALLOWED.get(e.tagName()).contains(a.getKey()), a + " on " + e.tagName() + " in " + html);
            }
        }
        for (String href : d.select("a").eachAttr("href")) {
            String scheme = href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
            assertTrue(Set.of("", "http", "https", "mailto").contains(scheme), href);
        }
        assertEquals(List.of("http://a\"onmouseover=\"alert(1)", "/a", "http://b\"onfocus=\"alert(3)", "/ok"), d.select("a").eachAttr("href"));
        assertTrue(d.text().contains("<b onclick=alert(4)>粗</b> <img src=x onerror=alert(5)>"), d.text());
    }

    @Test
    void quotesCannotEndAnAttribute() {
        assertEquals("<p><a href=\"http://a&quot;onmouseover=&quot;alert(1)\">x</a> "
                + "<a href=\"/a\" title=\"t&quot; onclick=&quot;alert(2) &lt;b&gt;&amp;\">y</a></p>\n",
                markdown.toHtml("[x](http://a\"onmouseover=\"alert(1)) [y](/a \"t\\\" onclick=\\\"alert(2) <b>&\")"));
    }

    @Test
    void obfuscatedSchemesAreRefused() {
        for (String md : new String[] {"[点我](&#106;avascript:alert(1))", "[点我](&#x6A;ava&#x73;cript:alert(1))",
                "[点我](javascript&colon;alert(1))", "[点我](JAVASCRIPT:alert(1))", "[点我](<java\tscript:alert(1)>)",
                "[点我](<java&#10;script:alert(1)>)", "[点我](<\u0001javascript:alert(1)>)", "[点我](< javascript:alert(1) >)",
                "[点我](<javascript\u0000:alert(1)>)", "[点我](data:text/html,<script>alert(1)</script>)",
                "[点我](DATA:text/html;base64,PHNjcmlwdD4=)", "[点我](vbscript:msgbox(1))", "[点我](ftp://example.com/)",
                "[点我](httpſ://example.com/)", "[点我](maılto:a@example.com)", "[点我](<　>)", "[点我][坏]\n\n[坏]: javascript:alert(1)"}) {
            assertEquals("<p>点我</p>\n", markdown.toHtml(md), md);
        }
        for (String md : new String[] {"<javascript:alert(1)>", "<data:text/html,x>", "<vbscript:x>"}) {
            assertEquals("<p>" + md.substring(1, md.length() - 1) + "</p>\n", markdown.toHtml(md), md);
        }
    }

    @Test
    void linkTargetsAreWebMailOrRelative() {
        for (String url : new String[] {"https://www.gov.cn/", "HTTP://WWW.GOV.CN", "mailto:a@example.com", "../a/index.html#f",
                "#f", "?q=1", "//www.gov.cn/x", "a/b:c", "政策/文件.html"}) {
            assertEquals(url, LinkTarget.of(url), url);
        }
        assertEquals("/a", LinkTarget.of(" \t/a\n"));
        for (String url : new String[] {"javascript:x", "a:b", "tel:123", "file:///etc/passwd", "java\tscript:x", "\u000bjavascript:x",
                "", " ", "\u3000"}) {
            assertNull(LinkTarget.of(url), url);
        }
    }

    @Test
    void imagesAreNeverLoadedTheirWordsStay() {
        assertEquals("<p>流程图 <em>说明</em></p>\n", markdown.toHtml("![流程图](https://evil.example/x.png \"标题\") *说明*"));
        assertEquals("<p>a&lt;b&gt;</p>\n", markdown.toHtml("![a&lt;b&gt;](data:image/svg+xml,x)"));
        assertEquals("<p></p>\n", markdown.toHtml("![](x.png)"));
        assertEquals("<p><a href=\"https://www.gov.cn/\">国徽</a></p>\n", markdown.toHtml("[![国徽](a.png)](https://www.gov.cn/)"));
    }

    @Test
    void autolinksAndNestedLinks() {
        assertEquals("<p><a href=\"https://www.gov.cn/\">https://www.gov.cn/</a> <a href=\"mailto:gkb@mzj.sh.gov.cn\">gkb@mzj.sh.gov.cn</a></p>\n",
                markdown.toHtml("<https://www.gov.cn/> <gkb@mzj.sh.gov.cn>"));
        // Links cannot nest: the inner-most one is kept, the outer one's other words stay as text.
        assertEquals("<p>见 <a href=\"https://a.example/\">https://a.example/</a> 页</p>\n",
                markdown.toHtml("[见 <https://a.example/> 页](https://b.example/)"));
    }

    @Test
    void codeIsTextAndItsInfoStringIsDropped() {
        assertEquals("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt; \"&amp;\"\n</code></pre>\n",
                markdown.toHtml("```js\" onload=\"alert(1) class=x\n<script>alert(1)</script> \"&\"\n```"));
        assertEquals("<p><code>&lt;b onclick=x&gt;</code></p>\n", markdown.toHtml("`<b onclick=x>`"));
        assertEquals("<pre><code>&lt;i&gt;\n</code></pre>\n", markdown.toHtml("    <i>"));
    }

    @Test
    void tablesScrollInTheirOwnRegionAndKeepAlignment() {
        assertEquals(TABLE_START + "\n<thead>\n<tr>\n<th align=\"left\">项目</th>\n<th align=\"center\">标准</th>\n<th align=\"right\">金额</th>\n"
                + "<th>备注</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">a</td>\n<td align=\"center\"><strong>b</strong></td>\n"
                + "<td align=\"right\">1</td>\n<td>&lt;i&gt;</td>\n</tr>\n</tbody>\n</table></div>\n",
                markdown.toHtml("| 项目 | 标准 | 金额 | 备注 |\n|:--|:-:|--:|---|\n| a | **b** | 1 | <i> |"));
    }

    @Test
    void bodyHeadingsStartAtH2AndKeepTheirDistances() {
        assertEquals("<h2>三</h2>\n<h3>四</h3>\n<p>文</p>\n<h4>五</h4>\n", markdown.toHtml("### 三\n\n#### 四\n\n文\n\n##### 五"));
        assertEquals("<h2>一</h2>\n<h3>二</h3>\n<h6>六</h6>\n", markdown.toHtml("# 一\n\n## 二\n\n###### 六"));
        assertEquals("<h2>二</h2>\n<h4>四</h4>\n", markdown.toHtml("## 二\n\n#### 四"));
        assertEquals("<blockquote>\n<h2>引</h2>\n</blockquote>\n<ul>\n<li>\n<h3>列</h3>\n</li>\n</ul>\n",
                markdown.toHtml("> #### 引\n\n- ##### 列"));
        assertEquals("<h2>标题</h2>\n", markdown.toHtml("标题\n==="));
    }

    @Test
    void labelGoesIntoTheFirstParagraphOrInFront() {
        assertEquals("<p><strong class=\"qa-label\">答：</strong>可以。</p>\n<p>另见<em>附件</em>。</p>\n",
                markdown.toHtml("可以。\n\n另见*附件*。", "答："));
        assertEquals("<strong class=\"qa-label\">答：</strong><ul>\n<li>一</li>\n</ul>\n", markdown.toHtml("- 一", "答："));
        assertEquals("\n<p><strong class=\"qa-label\">答：</strong>分隔线后</p>\n", markdown.toHtml("***\n\n分隔线后", "答："));
        assertEquals("<strong class=\"qa-label\">&lt;答&gt;&amp;</strong>", markdown.toHtml("", "<答>&"));
        assertEquals("<p><strong class=\"qa-label\">答：</strong>&lt;div&gt;</p>\n", markdown.toHtml("<div>", "答："));
    }

    @Test
    void charactersAreEscapedOnlyWhereNeeded() {
        assertEquals("<p>\"引号\" 'a' &amp; &lt; &gt; &nbsp; &#x1; &#xd800; 中文</p>\n",
                markdown.toHtml("\"引号\" 'a' &amp; &lt; &gt; &nbsp; \u0001 \uD800 中文"));
        assertEquals("<p>\uD83D\uDE00</p>\n", markdown.toHtml("\uD83D\uDE00"));
    }

    @Test
    void oneParseGivesThePageAndTheSearchText() {
        String md = "# 标题\n\n第一行\n第二行 [链接](https://www.gov.cn/) ![图](x.png) `代码`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<b>标记</b>";
        Map<gongkai.model.Body, Markdown.Converted> memo = new ConcurrentHashMap<>();
        Markdown kept = Markdown.converting(b -> memo.computeIfAbsent(b, Markdown::convertNow));
        Markdown.Converted body = kept.convert(gongkai.model.Body.of(md));
        assertEquals(markdown.toHtml(md), body.html());
        // Search reads the words of markup too (标记), where the page shows the markup as text.
        assertEquals("标题\n第一行第二行 链接 图 代码\na b \n1 2 \n标记", body.text());
        assertEquals(Markdown.text(md), body.text());
        assertSame(body, memo.get(gongkai.model.Body.of(md)));
        assertSame(body, kept.convert(gongkai.model.Body.of(md)), "a record body goes through the converter's memo");
        assertEquals(body, kept.body(md));
        assertEquals(new Markdown.Converted("", ""), markdown.body(null));
        assertEquals("", Markdown.text(" \n"));
    }
}
