package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The policy every page carries, enforced by real Chromium: a probe page with the exact meta
 * element of a built page tries inline script, inline style and loads from another origin (a
 * second local server, hence another port and origin); only the site's own files get through.
 * Real pages load nothing from elsewhere.
 */
class ContentSecurityPolicyBrowserTest {
    @Test
    void onlyTheSitesOwnFilesLoad(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        TestSupport.build(TestSupport.CONTENT, site, "2026-11-22");
        Path elsewhere = tmp.resolve("elsewhere");
        for (Path dir : List.of(site.resolve("probe"), elsewhere)) {
            Files.createDirectories(dir);
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("dot.png").toFile());
            TestSupport.write(dir.resolve("probe.js"), "document.body.dataset.script" + (dir == elsewhere ? "Foreign" : "Own")
                    + " = 'ran';\n");
            TestSupport.write(dir.resolve("probe.css"), "#" + (dir == elsewhere ? "foreign" : "own") + " { color: rgb(0, 128, 0); }\n");
        }
        String meta = TestSupport.page(site, "index.html").selectFirst("meta[http-equiv=Content-Security-Policy]").outerHtml();
        try (StaticServer server = new StaticServer(site); StaticServer other = new StaticServer(elsewhere);
                Browser browser = Browser.start(1024, 768)) {
            String foreign = other.url();
            TestSupport.write(site.resolve("probe/index.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                    + meta + "<title>probe</title>"
                    + "<link rel=\"stylesheet\" href=\"probe.css\"><link rel=\"stylesheet\" href=\"" + foreign + "probe.css\">"
                    + "<style>#inline-style-element { color: rgb(0, 128, 0); }</style></head><body>"
                    + "<p id=\"own\">own</p><p id=\"foreign\">foreign</p><p id=\"inline-style-element\">style element</p>"
                    + "<p id=\"inline-style\" style=\"color: rgb(0, 128, 0)\">style attribute</p>"
                    + "<img id=\"own-img\" src=\"dot.png\" alt=\"\"><img id=\"foreign-img\" src=\"" + foreign + "dot.png\" alt=\"\">"
                    + "<script>document.body.dataset.inline = 'ran';</script>"
                    + "<script src=\"probe.js\"></script><script src=\"" + foreign + "probe.js\"></script>"
                    + "<img src=\"x\" alt=\"\" onerror=\"document.body.dataset.handler = 'ran'\"></body></html>");
            JavascriptExecutor js = browser.driver();
            browser.driver().get(server.url() + "probe/index.html");
            String green = "rgb(0, 128, 0)";
            assertEquals("ran", js.executeScript("return document.body.dataset.scriptOwn"), "the site's own script runs");
            assertEquals(null, js.executeScript("return document.body.dataset.inline"), "inline script is blocked");
            assertEquals(null, js.executeScript("return document.body.dataset.handler"), "event handlers are blocked");
            assertEquals(null, js.executeScript("return document.body.dataset.scriptForeign"), "script from another origin is blocked");
            assertEquals(green, color(js, "own"), "the site's own stylesheet applies");
            assertFalse(green.equals(color(js, "foreign")), "a stylesheet from another origin is blocked");
            assertFalse(green.equals(color(js, "inline-style-element")), "a <style> element is blocked");
            assertFalse(green.equals(color(js, "inline-style")), "a style attribute is blocked");
            assertEquals(4L, js.executeScript("return document.getElementById('own-img').naturalWidth"));
            assertEquals(0L, js.executeScript("return document.getElementById('foreign-img').naturalWidth"));

            for (String path : List.of("index.html", "policies/shmzj-2022-zwgk-gzyd/index.html",
                    "interpretations/example-ylbt-2024-jd/index.html")) {
                browser.driver().get(server.url() + path);
                @SuppressWarnings("unchecked")
                List<String> loaded = (List<String>) js.executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name)");
                assertFalse(loaded.isEmpty(), path + " loads its stylesheet");
                for (String url : loaded) {
                    assertTrue(url.startsWith(server.url()), path + " loaded " + url);
                }
                assertEquals("0px", js.executeScript("return getComputedStyle(document.body).marginTop"),
                        path + ": the stylesheet applies under the policy");
            }
        }
    }

    private static String color(JavascriptExecutor js, String id) {
        return (String) js.executeScript("return getComputedStyle(document.getElementById(arguments[0])).color", id);
    }
}
