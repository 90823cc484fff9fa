package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.TestSupport;
import gongkai.render.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R16 in a real browser: every page of the example site, in both editions, checked with axe-core
 * (WCAG 2.0, 2.1 and 2.2 A and AA, plus target size), the care targets measured on computed
 * styles, reflow at 320 px, at 200% zoom and with WCAG text spacing, and the reader's tools used
 * from the keyboard. One build, one server and one Chromium serve all of it.
 */
class AccessibilityTest {
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String POLICY = "policies/shmzj-2022-zwgk-gzyd/index.html";

    @TempDir
    static Path tmp;

    static Path site;
    static List<String> pages;
    static StaticServer server;
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        site = tmp.resolve("site");
        TestSupport.build(TestSupport.CONTENT, site, "2026-11-22");
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") && !p.startsWith("care/")).sorted().toList();
        }
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

    /** Each test starts on a full-size screen with no remembered text size. */
    @BeforeEach
    void freshState() {
        browser.resetScreen();
        open(Edition.STANDARD, "index.html");
        driver.executeScript("localStorage.clear()");
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
    void axeFindsNoViolationOnAnyPageInEitherEdition() {
        List<String> found = new ArrayList<>();
        StringBuilder summary = new StringBuilder("axe-core " + AXE_TAGS + " + target-size：");
        for (Edition edition : Edition.values()) {
            int violations = 0;
            Map<String, Integer> review = new TreeMap<>();
            for (String page : pages) {
                open(edition, page);
                Results r = browser.axe(axe(edition));
                assertFalse(r.isErrored(), r.getErrorMessage());
                assertTrue(evaluated(r, "target-size"), "target-size ran on " + page);
                if (edition == Edition.CARE) {
                    assertTrue(evaluated(r, "color-contrast-enhanced"), "7:1 contrast rule ran on " + page);
                }
                for (Rule rule : r.getViolations()) {
                    for (var node : rule.getNodes()) {
                        found.add(where(edition, page) + "：" + rule.getId() + " " + node.getTarget() + " " + rule.getHelp());
                        violations++;
                    }
                }
                r.getIncomplete().forEach(rule -> review.merge(rule.getId(), rule.getNodes().size(), Integer::sum));
            }
            summary.append(where(edition, "")).append(pages.size()).append(" 页，").append(violations).append(" 处违规，")
                    .append("axe 无法自动判定、留待人工复核的 ").append(review).append("；");
        }
        System.out.println(summary);
        assertEquals(List.of(), found);
    }

    @Test
    void axeAsConfiguredCatchesSmallTargetsAndLowContrast() {
        open(Edition.CARE, "index.html");
        driver.executeScript("var main = document.querySelector('main');"
                + "for (var i = 0; i < 2; i++) {"
                + "  var b = document.createElement('button'); b.textContent = '小';"
                + "  b.style.cssText = 'all: unset; display: inline-block; width: 10px; height: 10px';"
                + "  main.prepend(b);"
                + "}"
                + "var weak = document.createElement('p'); weak.textContent = '对比度不足的文字';"
                + "weak.style.color = '#aaa'; main.append(weak);"
                + "var aa = document.createElement('p'); aa.textContent = '只达到 AA 级对比度的文字';"
                + "aa.style.color = '#777'; main.append(aa);");
        List<String> rules = browser.axe(axe(Edition.CARE)).getViolations().stream().map(Rule::getId).toList();
        assertTrue(rules.containsAll(List.of("target-size", "color-contrast", "color-contrast-enhanced")), rules.toString());
    }

    /** WCAG 2.0–2.2 A and AA with target size (off by default in axe); the care edition adds 7:1 contrast. */
    static AxeBuilder axe(Edition edition) {
        AxeBuilder axe = new AxeBuilder();
        String rules = "\"target-size\": {\"enabled\": true}"
                + (edition == Edition.CARE ? ", \"color-contrast-enhanced\": {\"enabled\": true}" : "");
        axe.setOptions("{\"runOnly\": {\"type\": \"tag\", \"values\": [\"" + String.join("\", \"", AXE_TAGS) + "\"]}, "
                + "\"rules\": {" + rules + "}}");
        return axe;
    }

    private static boolean evaluated(Results r, String rule) {
        return Stream.of(r.getPasses(), r.getViolations(), r.getIncomplete(), r.getInapplicable())
                .flatMap(List::stream).anyMatch(x -> x.getId().equals(rule));
    }

    @Test
    void careEditionMeetsTheCareTargetsOnEveryPage() {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1024, 375}) {
            browser.emulateScreen(width, 900, 1);
            for (String page : pages) {
                open(Edition.CARE, page);
                for (String p : problems("care-targets.js")) {
                    found.add(where(Edition.CARE, page) + " @" + width + "px：" + p);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theMeasuringScriptsCatchPlantedProblems() {
        browser.emulateScreen(320, 640, 1);
        open(Edition.CARE, "index.html");
        driver.executeScript("var main = document.querySelector('main');"
                + "var small = document.createElement('p'); small.textContent = '小字'; small.style.fontSize = '16px';"
                + "var tight = document.createElement('p'); tight.textContent = '行距、段距太小';"
                + "tight.style.cssText = 'line-height: 1.1; margin-bottom: 0';"
                + "var alone = document.createElement('div'); var b = document.createElement('button');"
                + "b.textContent = '小'; b.style.cssText = 'all: unset'; alone.append(b);"
                + "var wide = document.createElement('div'); wide.textContent = '很宽'; wide.style.width = '600px';"
                + "var cut = document.createElement('div'); cut.textContent = '被截断的文字'; cut.style.cssText = 'height: 5px; overflow: hidden';"
                + "var pale = document.createElement('p'); pale.textContent = '浅色文字'; pale.style.color = '#777';"
                + "main.prepend(small, tight, alone, wide, cut, pale);");
        String care = String.join("\n", problems("care-targets.js"));
        for (String expected : List.of("字号 16px", "行高", "目标", "段距")) {
            assertTrue(care.contains(expected), expected + " in:\n" + care);
        }
        String layout = String.join("\n", problems("layout-problems.js"));
        assertTrue(layout.contains("需要左右滚动") && layout.contains("文字被截断"), layout);
        assertTrue(String.join("\n", problems("colours.js", 7.0, true)).contains("浅色文字"));
    }

    @Test
    void careEditionIsLargerThanTheStandardOne() {
        open(Edition.STANDARD, POLICY);
        double standard = fontSize("main p");
        open(Edition.CARE, POLICY);
        double care = fontSize("main p");
        assertTrue(standard < 24 && care >= 24, standard + " / " + care);
        assertTrue(fontSize("h1") >= 30);
    }

    @Test
    void paletteContrastIsAtLeast45InTheStandardAnd7InTheCareEdition() {
        open(Edition.STANDARD, POLICY);
        assertEquals(List.of(), problems("colours.js", 4.5, false));
        open(Edition.CARE, POLICY);
        assertEquals(List.of(), problems("colours.js", 7.0, false));
    }

    /**
     * Every piece of text against the background it is shown on, 4.5:1 (7:1 in the care edition)
     * even where large text would be allowed less. This also covers the merged cells of task
     * tables, whose background axe leaves for a person to judge.
     */
    @Test
    void everyTextContrastsWithItsBackground() {
        List<String> found = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            for (String page : pages) {
                open(edition, page);
                problems("colours.js", edition == Edition.CARE ? 7.0 : 4.5, true)
                        .forEach(p -> found.add(where(edition, page) + "：" + p));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noPageScrollsSidewaysAt320pxAt200PercentZoomOrWithWiderTextSpacing() {
        List<String> found = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            for (String page : pages) {
                browser.emulateScreen(320, 640, 1);
                open(edition, page);
                problems("layout-problems.js").forEach(p -> found.add(where(edition, page) + " @320px：" + p));
                double letterSpacing = ((Number) browser.runScript("text-spacing.js")).doubleValue();
                assertTrue(letterSpacing > 0, "text spacing applied on " + page);
                problems("layout-problems.js").forEach(p -> found.add(where(edition, page) + " @320px 加大间距：" + p));
                browser.emulateScreen(640, 512, 2);
                open(edition, page);
                problems("layout-problems.js").forEach(p -> found.add(where(edition, page) + " @200%：" + p));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void largestCareTextSizeStillReflowsAt320px() {
        driver.executeScript("localStorage.setItem('gongkai-text-size', 'larger')");
        browser.emulateScreen(320, 640, 1);
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            open(Edition.CARE, page);
            assertEquals("larger", driver.findElement(By.tagName("html")).getAttribute("data-text-size"));
            assertEquals(36.0, rootFontSize());
            problems("layout-problems.js").forEach(p -> found.add(where(Edition.CARE, page) + " 特大字号 @320px：" + p));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void skipLinkIsTheFirstStopAndLeadsIntoMain() {
        for (Edition edition : Edition.values()) {
            open(edition, POLICY);
            browser.press(Keys.TAB);
            WebElement skip = browser.focused();
            assertEquals("跳到主要内容", skip.getText());
            assertTrue(onTop(skip), "the focused skip link is shown, not hidden");
            browser.press(Keys.ENTER);
            assertTrue(driver.getCurrentUrl().endsWith("#main"), driver.getCurrentUrl());
            browser.press(Keys.TAB);
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "return document.querySelector('main').contains(document.activeElement)"),
                    "the next Tab stops inside main, not in the header: " + browser.focused().getText());
        }
    }

    @Test
    void editionSwitchIsWithinThreeTabsAndOpensTheSamePageInTheOtherEdition() {
        for (String page : List.of("index.html", POLICY, "years/2023/index.html")) {
            open(Edition.STANDARD, page);
            int tabs = tabUntil(e -> "进入关怀版".equals(e.getText()), 3);
            assertTrue(tabs <= 3, "关怀版 link reached in " + tabs + " Tab presses on " + page);
            browser.press(Keys.ENTER);
            waitFor(server.url() + Edition.CARE.path(page));
            assertTrue(driver.getTitle().contains("关怀版"), driver.getTitle());
            tabs = tabUntil(e -> "退出关怀版".equals(e.getText()), 3);
            assertTrue(tabs <= 3, "标准版 link reached in " + tabs + " Tab presses on " + page);
            browser.press(Keys.ENTER);
            waitFor(server.url() + page);
        }
    }

    @Test
    void textSizeStepsWorkByKeyboardAndAreRememberedAcrossPagesAndEditions() {
        open(Edition.STANDARD, "index.html");
        assertEquals(16.0, rootFontSize());
        assertEquals(3, driver.findElements(By.cssSelector(".text-size button")).size(), "three steps");
        assertTrue(tabUntil(e -> "大".equals(e.getText()), 6) <= 6);
        browser.press(Keys.ENTER);
        assertEquals(20.0, rootFontSize());
        assertEquals("true", browser.focused().getAttribute("aria-pressed"));
        browser.press(Keys.TAB, Keys.SPACE);
        assertEquals("特大", browser.focused().getText());
        assertEquals(24.0, rootFontSize());

        open(Edition.STANDARD, POLICY);
        assertEquals(24.0, rootFontSize(), "remembered on the next page");
        assertEquals("true", driver.findElement(By.cssSelector("[data-text-size-step=larger]")).getAttribute("aria-pressed"));
        open(Edition.CARE, POLICY);
        assertEquals(36.0, rootFontSize(), "and in the care edition, on top of its larger base");
        assertTrue(tabUntil(e -> "标准".equals(e.getText()), 6) <= 6);
        browser.press(Keys.ENTER);
        assertEquals(24.0, rootFontSize());
        open(Edition.STANDARD, "index.html");
        assertEquals(16.0, rootFontSize());
    }

    @Test
    void readAloudStaysHiddenWhereTheBrowserCannotSpeak() {
        open(Edition.STANDARD, POLICY);
        assertEquals(0L, driver.executeScript("return speechSynthesis.getVoices().length"), "headless Chromium has no voice");
        assertFalse(driver.findElement(By.cssSelector(".read-aloud")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector(".text-size")).isDisplayed());
    }

    @Test
    void readAloudReadsMainByKeyboardAndStopsAtAnyTime() {
        Map<String, Object> added = browser.cdp("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", Browser.script("fake-speech.js")));
        try {
            for (Edition edition : Edition.values()) {
                open(edition, POLICY);
                WebElement button = driver.findElement(By.cssSelector(".read-aloud"));
                assertTrue(button.isDisplayed());
                assertEquals("朗读全文", button.getText());
                assertTrue(tabUntil(e -> e.equals(button), 8) <= 8, "reachable by Tab");
                browser.press(Keys.ENTER);
                assertEquals("停止朗读", button.getText());
                String spoken = String.join("", spoken());
                String h1 = driver.findElement(By.tagName("h1")).getText();
                assertTrue(spoken.startsWith(h1.substring(0, 10)), "reads main from its heading: " + spoken.substring(0, 40));
                assertTrue(spoken.contains("强化政府公文备案和集中规范公开"), "and the body");
                assertFalse(spoken.contains("跳到主要内容") || spoken.contains("主办单位"), "but not header or footer");
                long cancels = (Long) driver.executeScript("return speechSynthesis.cancels");
                browser.press(Keys.ENTER);
                assertEquals("朗读全文", button.getText());
                assertEquals(cancels + 1, driver.executeScript("return speechSynthesis.cancels"), "stopped");

                browser.press(Keys.ENTER);
                browser.press(Keys.ESCAPE);
                assertEquals("朗读全文", button.getText(), "Esc stops too");
                browser.press(Keys.ENTER);
                driver.executeScript("speechSynthesis.finish()");
                assertEquals("朗读全文", button.getText(), "back to the start when done");
            }
        } finally {
            browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> spoken() {
        return (List<String>) driver.executeScript("return speechSynthesis.spoken");
    }

    @Test
    void keyboardFocusIsAlwaysVisibleAndNeverHidden() {
        for (Edition edition : Edition.values()) {
            for (int width : new int[] {1280, 320}) {
                browser.emulateScreen(width, 700, 1);
                open(edition, POLICY);
                int stops = 0;
                for (browser.press(Keys.TAB); !"body".equals(browser.focused().getTagName()); browser.press(Keys.TAB)) {
                    WebElement e = browser.focused();
                    String what = where(edition, POLICY) + " @" + width + "px 第 " + ++stops + " 个焦点 "
                            + e.getTagName() + "「" + e.getText().lines().findFirst().orElse("") + "」";
                    double outline = ((Number) driver.executeScript("var s = getComputedStyle(arguments[0]);"
                            + "return s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth)", e)).doubleValue();
                    assertTrue(outline >= 2, what + "：焦点框宽 " + outline + "px");
                    assertTrue(onTop(e), what + " 被遮挡或不在窗口内");
                    assertTrue(stops < 100, "Tab keeps cycling");
                }
                assertTrue(stops >= 20, "Tab went through the page: " + stops + " stops");
            }
        }
    }

    @Test
    void careEditionWorksWithScriptingOffAndFromTheFileSystem() {
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open(Edition.CARE, POLICY);
            assertTrue(fontSize("main p") >= 24);
            assertFalse(driver.findElement(By.cssSelector(".text-size")).isDisplayed(), "no dead buttons without script");
            driver.findElement(By.cssSelector(".edition-switch")).sendKeys(Keys.ENTER);
            waitFor(server.url() + POLICY);
        } finally {
            browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        driver.get(site.resolve(Edition.CARE.path(POLICY)).toUri().toString());
        assertTrue(fontSize("main p") >= 24, "care.css loads from file://");
        assertTrue(driver.findElement(By.cssSelector(".text-size")).isDisplayed(), "site.js runs from file://");
        driver.findElement(By.cssSelector(".site-nav a[href$='years/index.html']")).sendKeys(Keys.ENTER);
        waitFor(site.resolve(Edition.CARE.path("years/index.html")).toUri().toString());
    }

    @Test
    void printingLeavesOutNavigationAndButtonsAndUnrollsTables() {
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (Edition edition : Edition.values()) {
                open(edition, POLICY);
                for (String hidden : List.of(".site-nav", ".site-tools", ".skip-link", ".footer-links")) {
                    assertEquals("none", css(hidden, "display"), hidden + " in print, " + edition);
                }
                assertEquals("visible", css(".table-scroll", "overflow-x"));
                assertEquals(16.0, rootFontSize(), "12pt in print whatever the edition");
            }
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Presses Tab until {@code target} has the focus; returns how many presses it took, or max + 1. */
    private static int tabUntil(Predicate<WebElement> target, int max) {
        for (int i = 1; i <= max; i++) {
            browser.press(Keys.TAB);
            if (target.test(browser.focused())) {
                return i;
            }
        }
        return max + 1;
    }

    private static void waitFor(String url) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> url.equals(d.getCurrentUrl())
                && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element shows in the window and nothing covers it: the middle of the shown part
     * of one of its boxes (a link that wraps has one box per line) hits the element itself.
     */
    private static boolean onTop(WebElement e) {
        return Boolean.TRUE.equals(driver.executeScript("var boxes = arguments[0].getClientRects();"
                + "for (var i = 0; i < boxes.length; i++) {"
                + "  var r = boxes[i];"
                + "  var top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);"
                + "  var left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);"
                + "  if (bottom - top < 1 || right - left < 1) { continue; }"
                + "  var hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);"
                + "  if (hit !== null && (hit === arguments[0] || arguments[0].contains(hit))) { return true; }"
                + "}"
                + "return false;", e));
    }

    private static double rootFontSize() {
        return fontSize("html");
    }

    private static double fontSize(String selector) {
        return Double.parseDouble(css(selector, "font-size").replace("px", ""));
    }

    private static String css(String selector, String property) {
        return driver.findElement(By.cssSelector(selector)).getCssValue(property);
    }
}
