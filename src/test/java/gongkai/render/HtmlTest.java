package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Fingerprint;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTest {
    @Test
    void isMadeOnlyWhenReadAndThenOnce() {
        AtomicInteger made = new AtomicInteger();
        Html html = Html.of(7, () -> "<p>正文" + made.incrementAndGet() + "</p>");
        RenderMemo memo = RenderMemo.fingerprinting();
        memo.same("policies/a/index.html", new RenderMemo.Inputs("policy.ftlh", "甲", "甲", "policies", List.of(html)), 0);
        assertTrue(memo.next().same("policies/a/index.html",
                new RenderMemo.Inputs("policy.ftlh", "甲", "甲", "policies", List.of(Html.of(7, () -> "<p>另一次</p>"))), 0),
                "compared by what it is made from");
        assertEquals(0, made.get(), "comparing pages converts nothing");
        assertEquals("<p>正文1</p>", html.html());
        assertEquals("<p>正文1</p>", html.html());
        assertEquals(1, made.get());
    }

    @Test
    void fingerprintsAndEqualityFollowTheSource() {
        assertEquals(Html.of(1, () -> "a"), Html.of(1, () -> "b"));
        assertNotEquals(Html.of(1, () -> "a"), Html.of(2, () -> "a"));
        assertEquals(Fingerprint.ofValue(List.of(Html.of(1, () -> "a"))), Fingerprint.ofValue(List.of(Html.of(1, () -> "b"))));
        assertNotEquals(Fingerprint.ofValue(List.of(Html.of(1, () -> "a"))), Fingerprint.ofValue(List.of(Html.of(2, () -> "a"))));
    }

    @Test
    void templatesReadItAsItsMarkupAndSeeWhetherItIsEmpty(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), "<#if body?has_content>[${body?no_esc}]<#else>无正文</#if>");
        Templates templates = new Templates(dir);
        StringWriter full = new StringWriter();
        templates.render("t.ftlh", Map.of("body", Html.of(3, () -> "<p>第一条</p>")), full);
        assertEquals("[<p>第一条</p>]", full.toString());
        StringWriter empty = new StringWriter();
        templates.render("t.ftlh", Map.of("body", Html.EMPTY), empty);
        assertEquals("无正文", empty.toString());
    }
}
