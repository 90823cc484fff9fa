package gongkai.publish;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.render.PageLinks;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
    @Test
    void findsMissingFilesFragmentsAndAbsolutePaths(@TempDir Path site) {
        write(site.resolve("index.html"), "<p id=top><a href=\"a/index.html#x\">ok</a> <a href=\"a/index.html#nope\">bad frag</a>"
                + " <a href=\"missing.html\">missing</a> <a href=\"/a/index.html\">absolute</a>"
                + " <a href=\"https://www.gov.cn/\">external</a> <a href=\"#top\">self</a> <a href=\"../out.html\">outside</a>");
        write(site.resolve("a/index.html"), "<h2 id=x>x</h2><a href=\"../index.html\">back</a>");
        LinkChecker.Report r = new LinkChecker().check(site);
        assertEquals(List.of("../out.html", "/a/index.html", "a/index.html#nope", "missing.html"),
                r.broken().stream().map(LinkChecker.Broken::link).sorted().toList());
        assertEquals(List.of("https://www.gov.cn/"), r.external());
    }

    @Test
    void everyKindOfReferenceIsCheckedNotOnlyAnchors(@TempDir Path site) {
        write(site.resolve("img/ok.png"), "png");
        write(site.resolve("assets/site.css"), "/* url(commented-out.png) */ body { background: url(\"../img/ok.png\"); }"
                + " .a { background: url(../img/none.png) } @import 'gone.css';");
        write(site.resolve("index.html"), "<link rel=stylesheet href=\"assets/site.css\"><link rel=icon href=\"favicon.ico\">"
                + "<script src=\"assets/app.js\"></script>"
                + "<img src=\"img/ok.png\" srcset=\"img/ok.png 1x, img/big.png 2x\" alt=\"\">"
                + "<video src=\"media/v.mp4\" poster=\"img/poster.png\"><source src=\"img/ok.png\"></video>"
                + "<object data=\"doc.pdf\"></object><form action=\"search/index.html\"></form>"
                + "<a href=\"page.html#old-anchor\">named anchor</a>");
        write(site.resolve("page.html"), "<a name=\"old-anchor\"></a><a href=\"index.html#nowhere\">bad</a>");
        LinkChecker.Report r = new LinkChecker().check(site);
        assertEquals(List.of("assets/site.css ../img/none.png", "assets/site.css gone.css", "index.html assets/app.js",
                "index.html doc.pdf", "index.html favicon.ico", "index.html img/big.png", "index.html img/poster.png",
                "index.html media/v.mp4", "index.html search/index.html", "page.html index.html#nowhere"),
                r.broken().stream().map(b -> b.page() + " " + b.link()).sorted().toList());
        assertEquals(2, r.pages());
    }

    @Test
    void onlyLinksToFollowMayLeaveTheSiteAndAllOfThemAreListed(@TempDir Path site) {
        write(site.resolve("assets/site.css"), "@font-face { src: url(https://fonts.example.com/a.woff2) }");
        write(site.resolve("index.html"), "<link rel=stylesheet href=\"assets/site.css\">"
                + "<link rel=stylesheet href=\"https://cdn.example.com/x.css\"><script src=\"https://cdn.example.com/x.js\"></script>"
                + "<img src=\"http://img.example.com/a.png\" alt=\"\"><img src=\"data:image/png;base64,AAAA\" alt=\"\">"
                + "<iframe src=\"https://video.example.com/\"></iframe>"
                + "<a href=\"https://www.gov.cn/zhengce/\">国务院</a> <a href=\"http://www.shanghai.gov.cn/\">上海</a>"
                + "<a href=\"mailto:gkb@mzj.sh.gov.cn\">邮件</a> <a href=\"tel:12345\">电话</a>"
                + "<map><area href=\"https://www.gov.cn/\" alt=\"x\"></map>"
                + "<a href=\"//www.gov.cn/\">省略协议</a> <a href=\"javascript:alert(1)\">脚本</a>");
        write(site.resolve("b/index.html"), "<a href=\"https://www.gov.cn/zhengce/\">again</a>");
        LinkChecker.Report r = new LinkChecker().check(site);
        assertEquals(List.of("http://www.shanghai.gov.cn/", "https://www.gov.cn/", "https://www.gov.cn/zhengce/",
                "mailto:gkb@mzj.sh.gov.cn", "tel:12345"), r.external(), "every external link, once, sorted");
        List<String> broken = r.broken().stream().map(b -> b.link() + " " + b.reason()).sorted().collect(Collectors.toList());
        assertEquals(8, broken.size(), broken.toString());
        for (String external : List.of("https://cdn.example.com/x.css", "https://cdn.example.com/x.js",
                "http://img.example.com/a.png", "https://video.example.com/", "https://fonts.example.com/a.woff2")) {
            assertTrue(broken.contains(external + " 从其他网站加载内容；页面只能加载本站自己的文件（内容安全策略），请把文件放进本站。"),
                    external + " in " + broken);
        }
        assertTrue(broken.contains("data:image/png;base64,AAAA 使用了不允许的协议「data」。"), broken.toString());
        assertTrue(broken.contains("javascript:alert(1) 使用了不允许的协议「javascript」。"), broken.toString());
        assertTrue(broken.contains("//www.gov.cn/ 以 // 开头，省略了协议。请写完整的网址，例如 https://www.gov.cn/。"), broken.toString());
    }

    @Test
    void relativePathsResolveAgainstThePageFolder() {
        assertEquals("policies/a/index.html", LinkChecker.join("policies/b/index.html", "../a/index.html"));
        assertEquals("index.html", LinkChecker.join("care/policies/b/index.html", "../../../index.html"));
        assertEquals("policies", LinkChecker.join("index.html", "policies/"));
        assertEquals("a/c.html", LinkChecker.join("a/b/index.html", "../x/./../c.html"));
        assertEquals(null, LinkChecker.join("a/index.html", "../../out.html"));
        assertEquals(null, LinkChecker.join("index.html", "a/../../out.html"));
    }

    @Test
    void linksToExpectedFilesAreSettledAtOnceAndAnExpectedFileNeverWrittenIsReported(@TempDir Path site) {
        LinkChecker checker = new LinkChecker();
        checker.expect(java.util.Set.of("index.html", "a/index.html", "b/index.html"));
        checker.page("index.html", PageLinks.of("<a href=\"a/index.html\">a</a><a href=\"b/index.html\">b</a>"
                + "<a href=\"a/index.html#x\">x</a><a href=\"c/index.html\">c</a>"));
        write(site.resolve("index.html"), "x");
        write(site.resolve("a/index.html"), "<h2 id=y>y</h2>");
        LinkChecker.Report r = checker.finish(site::resolve, java.util.Set.of("index.html", "a/index.html"));
        assertEquals(List.of("b/index.html b/index.html", "index.html a/index.html#x", "index.html c/index.html"),
                r.broken().stream().map(b -> b.page() + " " + b.link()).sorted().toList());
    }

    @Test
    void theScannerReadsHtmlAsABrowserWould() {
        PageLinks l = PageLinks.of("<!-- <a href=\"commented.html\"> --><A HREF=x.html?a=1&amp;b=2>x</A>"
                + "<script src=\"s.js\">var t = '<a href=\"in-script.html\">';</script>"
                + "<img src='single.png' alt=x><a href=unquoted.html id=top name=old>y</a><p id=\"&#x4e2d;\">");
        assertEquals(List.of("x.html?a=1&b=2", "s.js", "single.png", "unquoted.html"),
                l.refs().stream().map(PageLinks.Ref::url).toList());
        assertEquals(List.of(false, true, true, false), l.refs().stream().map(PageLinks.Ref::loads).toList());
        assertEquals(java.util.Set.of("top", "old", "中"), l.ids());
    }
}
