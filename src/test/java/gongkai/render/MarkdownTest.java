package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
}
