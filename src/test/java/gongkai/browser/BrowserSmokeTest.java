package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.TestSupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The harness works: a built page is served on 127.0.0.1, opened in Chromium and checked with axe. */
class BrowserSmokeTest {
    @Test
    void homePageOpensInChromiumAndAxeRuns(@TempDir Path tmp) {
        Path site = tmp.resolve("site");
        TestSupport.build(TestSupport.CONTENT, site, "2026-11-22");
        try (StaticServer server = new StaticServer(site); Browser browser = Browser.start(1280, 1024)) {
            browser.driver().get(server.url() + "index.html");
            assertTrue(browser.driver().getTitle().contains("首页"), browser.driver().getTitle());
            assertEquals("zh-CN", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            Results r = browser.axe(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")));
            assertTrue(r.getPasses().size() > 5, "axe evaluated rules");
        }
    }
}
