package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import gongkai.TestSupport;
import gongkai.render.Edition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Paged lists in Chromium, which the example site's short lists never show: the pages with a
 * pager pass the same checks as every page in {@link AccessibilityTest} (axe, the care targets,
 * contrast, reflow), and the pager works from the keyboard.
 */
class PagerBrowserTest {
    /** A column page with one kind paged, later pages of a kind and of a year, and a year's last page. */
    private static final List<String> PAGES = List.of("policies/index.html", "policies/other/page/2/index.html",
            "years/2024/index.html", "years/2024/page/2/index.html", "years/2024/page/3/index.html");

    @TempDir
    static Path tmp;

    static StaticServer server;
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() {
        Path content = TestSupport.contentCopy(tmp);
        // 110 more documents of 2024, all 其他文件: three pages for the year, and the column's 其他文件 paged.
        TestSupport.addExamplePolicies(content, 110);
        Path site = tmp.resolve("site");
        TestSupport.build(content, site, "2026-11-22");
        server = new StaticServer(site);
        browser = Browser.start(1280, 1024);
        driver = browser.driver();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void fullScreen() {
        browser.resetScreen();
    }

    private static void open(Edition edition, String page) {
        driver.get(server.url() + edition.path(page));
    }

    private static String where(Edition edition, String page) {
        return (edition == Edition.CARE ? "关怀版 " : "标准版 ") + page;
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(String script, Object... args) {
        return (List<String>) browser.runScript(script, args);
    }

    @Test
    void pagedPagesPassAxeContrastAndTheCareTargetsInBothEditions() {
        List<String> found = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            for (String page : PAGES) {
                open(edition, page);
                assertFalse(driver.findElements(By.cssSelector("nav.pager")).isEmpty(), "a pager on " + page);
                Results r = browser.axe(AccessibilityTest.axe(edition));
                assertFalse(r.isErrored(), r.getErrorMessage());
                for (Rule rule : r.getViolations()) {
                    rule.getNodes().forEach(n -> found.add(where(edition, page) + "：" + rule.getId() + " " + n.getTarget()));
                }
                problems("colours.js", edition == Edition.CARE ? 7.0 : 4.5, true)
                        .forEach(p -> found.add(where(edition, page) + "：" + p));
            }
        }
        for (int width : new int[] {1024, 375}) {
            browser.emulateScreen(width, 900, 1);
            for (String page : PAGES) {
                open(Edition.CARE, page);
                problems("care-targets.js").forEach(p -> found.add(where(Edition.CARE, page) + " @" + width + "px：" + p));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void careEditionPageLinksAreSixtyPixelButtons() {
        open(Edition.CARE, "years/2024/page/2/index.html");
        List<WebElement> links = driver.findElements(By.cssSelector("nav.pager a"));
        assertEquals(List.of("第一页", "上一页", "第1页", "第2页", "第3页", "下一页", "最后一页"),
                links.stream().map(a -> a.getText().replaceAll("\\s", "")).toList());
        for (WebElement a : links) {
            assertTrue(a.getSize().getHeight() >= 60 && a.getSize().getWidth() >= 60, a.getText() + "：" + a.getSize());
        }
    }

    @Test
    void pagedPagesReflowAt320pxAt200PercentZoomAndWithWiderTextSpacing() {
        List<String> found = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            for (String page : PAGES) {
                browser.emulateScreen(320, 640, 1);
                open(edition, page);
                problems("layout-problems.js").forEach(p -> found.add(where(edition, page) + " @320px：" + p));
                browser.runScript("text-spacing.js");
                problems("layout-problems.js").forEach(p -> found.add(where(edition, page) + " @320px 加大间距：" + p));
                browser.emulateScreen(640, 512, 2);
                open(edition, page);
                problems("layout-problems.js").forEach(p -> found.add(where(edition, page) + " @200%：" + p));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theKeyboardGoesOnToTheNextPageAndBack() {
        for (Edition edition : Edition.values()) {
            open(edition, "years/2024/index.html");
            WebElement next = driver.findElement(By.cssSelector("nav.pager a[rel=next]"));
            for (int i = 0; i < 200 && !browser.focused().equals(next); i++) {
                browser.press(Keys.TAB);
            }
            assertEquals(next, browser.focused(), "下一页 is reached by Tab");
            double outline = ((Number) driver.executeScript("return parseFloat(getComputedStyle(arguments[0]).outlineWidth)", next))
                    .doubleValue();
            assertTrue(outline >= 2, "focus is visible on the pager: " + outline + "px");
            browser.press(Keys.ENTER);
            assertEquals(server.url() + edition.path("years/2024/page/2/index.html"), driver.getCurrentUrl());
            assertTrue(driver.getTitle().startsWith("2024年（第2页）"), driver.getTitle());
            driver.findElement(By.cssSelector("nav.pager a[rel=prev]")).sendKeys(Keys.ENTER);
            assertEquals(server.url() + edition.path("years/2024/index.html"), driver.getCurrentUrl());
        }
    }
}
