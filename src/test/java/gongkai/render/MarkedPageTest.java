package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkedPageTest {
    private static final String R = MarkedPage.SITE_ROOT;
    private static final String TEXT = "<title>文件" + MarkedPage.CARE_ONLY + "_关怀版" + MarkedPage.END + "_门户</title>"
            + "<link href=\"" + R + "assets/site.css\">" + MarkedPage.CARE_ONLY + "<link href=\"" + R + "assets/care.css\" id=care>"
            + MarkedPage.END + "<a href=\"" + MarkedPage.SWITCH + "\">" + MarkedPage.CARE_ONLY + "退出关怀版" + MarkedPage.END
            + MarkedPage.STANDARD_ONLY + "进入关怀版" + MarkedPage.END + "</a><a href=\"../../years/index.html#y\" id=body>年份</a>"
            + "<img src=\"" + R + "media/图.svg\" alt=\"\">";

    private static String edition(MarkedPage p, Edition e) {
        return new String(p.bytes(e), StandardCharsets.UTF_8);
    }

    @Test
    void eachEditionGetsItsOwnPartsPrefixesAndSwitch() {
        MarkedPage p = new MarkedPage("policies/a/index.html", TEXT);
        assertEquals("<title>文件_门户</title><link href=\"../../assets/site.css\"><a href=\"../../care/policies/a/index.html\">进入关怀版</a>"
                + "<a href=\"../../years/index.html#y\" id=body>年份</a><img src=\"../../media/图.svg\" alt=\"\">",
                edition(p, Edition.STANDARD));
        assertEquals("<title>文件_关怀版_门户</title><link href=\"../../../assets/site.css\"><link href=\"../../../assets/care.css\" id=care>"
                + "<a href=\"../../../policies/a/index.html\">退出关怀版</a><a href=\"../../years/index.html#y\" id=body>年份</a>"
                + "<img src=\"../../../media/图.svg\" alt=\"\">", edition(p, Edition.CARE));
    }

    @Test
    void linksOfEachEditionAreThoseItsBytesHave() {
        MarkedPage p = new MarkedPage("policies/a/index.html", TEXT);
        PageLinks scanned = PageLinks.of(p.text());
        for (Edition e : Edition.values()) {
            PageLinks expected = PageLinks.of(edition(p, e));
            PageLinks selected = p.links(e, scanned);
            assertEquals(expected.refs(), selected.refs(), e.name());
            assertEquals(expected.ids(), selected.ids(), e.name());
        }
        assertEquals(Set.of("body"), p.links(Edition.STANDARD, scanned).ids());
        assertEquals(List.of("../../../assets/site.css", "../../../assets/care.css", "../../../policies/a/index.html",
                "../../years/index.html#y", "../../../media/图.svg"),
                p.links(Edition.CARE, scanned).refs().stream().map(PageLinks.Ref::url).toList());
    }

    @Test
    void aPageWithoutMarksIsTheSameInBoth() {
        MarkedPage p = new MarkedPage("index.html", "<p>无标记</p>");
        assertEquals("<p>无标记</p>", edition(p, Edition.STANDARD));
        assertEquals("<p>无标记</p>", edition(p, Edition.CARE));
    }

    @Test
    void misusedMarksAreRefusedWithAdvice() {
        String nested = MarkedPage.CARE_ONLY + "a" + MarkedPage.STANDARD_ONLY + "b" + MarkedPage.END + MarkedPage.END;
        assertTrue(assertThrows(MarkedPage.BadMarks.class, () -> new MarkedPage("index.html", nested)).getMessage().contains("不能嵌套"));
        assertTrue(assertThrows(MarkedPage.BadMarks.class, () -> new MarkedPage("index.html", MarkedPage.CARE_ONLY + "a"))
                .getMessage().contains("没有结束"));
        assertTrue(assertThrows(MarkedPage.BadMarks.class, () -> new MarkedPage("index.html", "a\u0000x"))
                .getMessage().contains("NUL"));
    }
}
