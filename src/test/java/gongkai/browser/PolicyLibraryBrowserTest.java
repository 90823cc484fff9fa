package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.TestSupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The policy library's pages in real Chromium: no axe violations on each new kind of page, the
 * 图解 picture renders, the video is a playable file, and the compliance report reads cleanly too.
 */
class PolicyLibraryBrowserTest {
    private static final List<String> PAGES = List.of(
            "policies/example-ylbt-2024/index.html",
            "policies/example-jjyl-2026-zqyj/index.html",
            "policies/example-sqyl-2021/index.html",
            "interpretations/example-ylbt-2024-jd/index.html",
            "interpretations/example-ylbt-2024-sp/index.html",
            "interpretations/example-ylbt-2024-wd/index.html",
            "replies/index.html",
            "in-force/index.html",
            "featured/index.html");

    @Test
    void newPagesPassAxeAndTheirMediaLoad(@TempDir Path tmp) {
        Path site = tmp.resolve("site");
        Path report = tmp.resolve("report");
        TestSupport.Run r = TestSupport.cli("build", "--content", TestSupport.CONTENT.toString(), "--out", site.toString(),
                "--as-of", "2026-11-22", "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        try (StaticServer server = new StaticServer(site); StaticServer reports = new StaticServer(report);
                Browser browser = Browser.start(1280, 1024)) {
            var driver = browser.driver();
            JavascriptExecutor js = driver;
            for (String page : PAGES) {
                driver.get(server.url() + page);
                assertEquals(List.of(), violations(browser), page);
            }
            driver.get(server.url() + "interpretations/example-ylbt-2024-jd/index.html");
            Object width = js.executeAsyncScript("const img = document.querySelector('figure img'), done = arguments[0];"
                    + "img.decode().then(() => done(img.naturalWidth), () => done(-1));");
            assertEquals(720L, width, "the SVG chart renders at its own size");
            driver.get(server.url() + "interpretations/example-ylbt-2024-sp/index.html");
            Object duration = js.executeAsyncScript("const v = document.querySelector('video'), done = arguments[0];"
                    + "v.preload = 'auto'; if (v.readyState >= 1) { done(v.duration); } else {"
                    + "v.addEventListener('loadedmetadata', () => done(v.duration)); v.addEventListener('error', () => done(-1)); v.load(); }");
            assertEquals(12.0, ((Number) duration).doubleValue(), 0.5, "Chromium reads the video file");
            driver.get(reports.url() + "index.html");
            assertEquals(List.of(), violations(browser), "report");
        }
    }

    private static List<String> violations(Browser browser) {
        Results results = browser.axe(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")));
        return results.getViolations().stream().map(PolicyLibraryBrowserTest::describe).toList();
    }

    private static String describe(Rule v) {
        return v.getId() + ": " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
