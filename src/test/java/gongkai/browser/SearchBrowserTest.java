package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.TestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Types each kind of query a reader uses into the search page of the built example site, in real
 * Chromium, and checks what comes back: the first results, the suggestions, the filters and their
 * counts, the corrections, and the empty state.
 */
class SearchBrowserTest {
    static Path site;
    static StaticServer server;
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        site = TestSupport.exampleSite();
        server = new StaticServer(site);
        browser = Browser.start(1280, 1024);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    private static void open(String path) {
        driver.get(server.url() + path);
        waitFor(path.contains("?q=") ? "done" : "ready");
    }

    private static void waitDone() {
        waitFor("done");
    }

    private static void waitFor(String wanted) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String state = d.findElement(By.id("search")).getAttribute("data-state");
            return wanted.equals(state) || "error".equals(state);
        });
        assertEquals(wanted, driver.findElement(By.id("search")).getAttribute("data-state"), "search failed");
    }

    private static void search(String q) {
        open("search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static List<String> titles() {
        return driver.findElements(By.cssSelector("#search-results .search-title a")).stream().map(WebElement::getText).toList();
    }

    private static List<String> links() {
        return driver.findElements(By.cssSelector("#search-results .search-title a")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    private static String status() {
        return driver.findElement(By.id("search-status")).getText();
    }

    private static String notes() {
        return driver.findElements(By.cssSelector("#search-results .search-note")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + b);
    }

    private static String didYouMean() {
        List<WebElement> line = driver.findElements(By.cssSelector("#search-results .search-didyoumean"));
        return line.isEmpty() ? "" : line.get(0).getText();
    }

    private static WebElement facet(String dim, String value) {
        return driver.findElement(By.cssSelector("[data-facet='" + dim + "'][data-value='" + value + "']"));
    }

    private static final String POLICY_2024 = "（示例）养老服务补贴申领管理办法";
    private static final String POLICY_2019 = "（示例）养老服务补贴申领暂行办法";
    private static final String NOTICE_2023 = "上海市人民政府办公厅关于印发《2023年上海市政务公开工作要点》的通知";

    @Test
    void chineseFindsTitlesFirstAndDocumentsInForceAboveRepealedOnes() {
        search("养老服务补贴申领");
        List<String> titles = titles();
        assertEquals(POLICY_2024, titles.get(0), titles.toString());
        assertTrue(titles.indexOf(POLICY_2024) < titles.indexOf(POLICY_2019), "in force above repealed: " + titles);
        List<WebElement> marks = driver.findElements(By.cssSelector("#search-results .search-title mark"));
        assertEquals("养老服务补贴申领", marks.get(0).getText(), "the match is highlighted in the title");
        assertTrue(driver.findElement(By.cssSelector("#search-results .search-excerpt")).getText().contains("养老服务补贴"),
                "an excerpt around the match");
        assertTrue(status().matches("找到 \\d+ 条与“养老服务补贴申领”相关的结果。"), status());
        search("申领");
        List<String> byWord = titles();
        assertTrue(byWord.indexOf(POLICY_2024) < byWord.indexOf(POLICY_2019), byWord.toString());
    }

    @Test
    void aDocumentNumberInAnySpellingFindsItsDocumentFirst() {
        for (String q : List.of("沪府办字〔2023〕5号", "沪府办字[2023]5号", "沪府办字2023 5", "沪府办字（2023）第5号", "沪府办字【2023】5号")) {
            search(q);
            assertEquals(NOTICE_2023, titles().get(0), q);
            assertTrue(links().get(0).endsWith("/policies/shszfbgt-2023-zwgk-gzyd/index.html"), q);
        }
    }

    @Test
    void pinyinWithOrWithoutSpacesAndInitialsReadAsChinese() {
        search("养老服务");
        List<String> chinese = titles();
        for (String q : List.of("yanglao fuwu", "yanglaofuwu", "YangLao FuWu", "ylfw", "养老fuwu")) {
            search(q);
            assertEquals(chinese, titles(), q);
            assertTrue(notes().contains("按“养老服务”搜索") || notes().contains("按“服务”搜索"), q + ": " + notes());
        }
    }

    @Test
    void polyphonesAreReadAsTheWordSaysThem() {
        search("hangye");
        assertTrue(notes().contains("拼音“hangye”按“行业”搜索"), notes());
        assertFalse(titles().isEmpty());
        assertEquals("行业", driver.findElement(By.cssSelector("#search-results .search-excerpt mark")).getText());
        search("xingzheng");
        assertTrue(notes().contains("按“行政”搜索"), notes());
        assertFalse(titles().isEmpty());
    }

    @Test
    void aWrongCharacterOfTheSameSoundIsCorrected() {
        search("养老服务");
        List<String> right = titles();
        search("养老服物");
        assertEquals("您是不是要找：养老服务", didYouMean());
        assertEquals(right, titles(), "the corrected query's results are shown");
        assertTrue(status().startsWith("没有找到“养老服物”的结果，已为您显示“养老服务”的"), status());
        driver.findElement(By.cssSelector(".search-didyoumean a")).click();
        waitDone();
        assertEquals("养老服务", driver.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals("", didYouMean());
    }

    @Test
    void aKeyboardSlipInPinyinIsCorrected() {
        search("yanglaofuwy");
        assertEquals("您是不是要找：养老服务", didYouMean());
        search("tanglaofuwu");
        assertEquals("您是不是要找：养老服务", didYouMean(), "y and t are neighbours");
    }

    @Test
    void plainWordsFindTheOfficialOnes() {
        search("低保");
        assertTrue(titles().contains("（示例）最低生活保障家庭收入核定办法"), titles().toString());
        assertTrue(notes().contains("同时搜索了意思相同的说法：最低生活保障"), notes());
        search("残疾补贴");
        assertTrue(notes().contains("残疾人两项补贴"), notes());
        assertFalse(titles().isEmpty());
        assertFalse(driver.findElements(By.xpath("//mark[text()='残疾人两项补贴']")).isEmpty(), "the official words are highlighted");
    }

    @Test
    void filtersShowCountsAndNarrowTheResults() {
        search("养老服务");
        String all = driver.findElement(By.id("search-hits-heading")).getText();
        WebElement policies = facet("type", "policy");
        String count = policies.findElement(By.cssSelector(".facet-count")).getText().replaceAll("[（）]", "");
        assertTrue(policies.getText().startsWith("政策文件"), policies.getText());
        assertEquals("false", policies.getAttribute("aria-pressed"));
        policies.click();
        waitDone();
        assertEquals("true", facet("type", "policy").getAttribute("aria-pressed"));
        assertEquals("搜索结果（" + count + " 条）", driver.findElement(By.id("search-hits-heading")).getText(), all);
        assertTrue(status().contains("筛选后 " + count + " 条"), status());
        assertTrue(driver.getCurrentUrl().contains("type=policy"), "the filter is in the address, to share or go back");
        assertEquals(facet("type", "policy"), driver.switchTo().activeElement(), "focus stays on the filter");
        for (String dim : List.of("year", "agency", "topic", "status")) {
            assertFalse(driver.findElements(By.cssSelector("[data-facet-group='" + dim + "'] button")).isEmpty(), dim);
        }
        WebElement repealed = facet("status", "repealed");
        assertEquals("废止（1）", repealed.getText());
        repealed.click();
        waitDone();
        assertEquals(List.of(POLICY_2019), titles());
    }

    @Test
    void suggestionsWhileTypingAreAKeyboardOperableCombobox() {
        open("search/index.html");
        WebElement input = driver.findElement(By.id("search-q"));
        assertEquals("combobox", input.getAttribute("role"));
        assertEquals("false", input.getAttribute("aria-expanded"));
        input.sendKeys("养老");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(input.getAttribute("aria-expanded")));
        WebElement list = driver.findElement(By.id(input.getAttribute("aria-controls")));
        assertEquals("listbox", list.getAttribute("role"));
        List<String> options = list.findElements(By.cssSelector("[role=option]")).stream().map(WebElement::getText).toList();
        assertTrue(options.contains("养老服务"), options.toString());
        assertTrue(options.get(0).startsWith("养老"), "words that start with the input first: " + options);
        assertTrue(driver.findElement(By.id("search-suggestions-status")).getText().contains("条搜索建议"));
        input.sendKeys(Keys.ARROW_DOWN);
        WebElement first = list.findElements(By.cssSelector("[role=option]")).get(0);
        assertEquals(first.getAttribute("id"), input.getAttribute("aria-activedescendant"));
        assertEquals("true", first.getAttribute("aria-selected"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP);
        String chosen = first.getText();
        input.sendKeys(Keys.ENTER);
        waitDone();
        assertEquals(chosen, input.getAttribute("value"));
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertTrue(status().contains("与“" + chosen + "”相关"), status());
    }

    @Test
    void suggestionsForPinyinAndEscapeClosesThem() {
        open("search/index.html");
        WebElement input = driver.findElement(By.id("search-q"));
        input.sendKeys("ylf");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(input.getAttribute("aria-expanded")));
        List<String> options = driver.findElements(By.cssSelector("#search-suggestions [role=option]")).stream()
                .map(WebElement::getText).toList();
        assertTrue(options.contains("养老服务"), options.toString());
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertTrue(driver.findElements(By.cssSelector("#search-suggestions [role=option]")).isEmpty());
    }

    @Test
    void anEmptyResultSaysWhatWasSearchedAndOffersTheNearestWords() {
        search("民政大楼");
        assertEquals("没有找到与“民政大楼”相关的内容。", status());
        WebElement empty = driver.findElement(By.cssSelector(".search-empty"));
        assertTrue(empty.getText().contains("没有找到与“民政大楼”相关的内容"), empty.getText());
        List<String> nearest = empty.findElements(By.cssSelector(".search-nearest a")).stream().map(WebElement::getText).toList();
        assertTrue(nearest.contains("上海市民政局"), nearest.toString());
        empty.findElement(By.linkText("上海市民政局")).click();
        waitDone();
        assertFalse(titles().isEmpty());
    }

    @Test
    void thePolicyColumnSearchesPoliciesOnlyWithNormativeDocumentsApart() {
        open("policies/search.html?q=" + URLEncoder.encode("养老服务", StandardCharsets.UTF_8));
        List<String> groups = driver.findElements(By.cssSelector(".search-group h2")).stream().map(WebElement::getText).toList();
        assertEquals(2, groups.size(), groups.toString());
        assertTrue(groups.get(0).startsWith("行政规范性文件（"), groups.toString());
        assertTrue(groups.get(1).startsWith("其他文件（"), groups.toString());
        List<String> normative = driver.findElements(By.cssSelector(".search-group:first-child .search-title a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(normative.get(0).contains("养老服务"), normative.toString());
        assertTrue(normative.contains(POLICY_2024), normative.toString());
        for (String href : links()) {
            assertTrue(href.matches(".*/policies/[a-z0-9-]+/index\\.html"), "policies only, no interpretation or item: " + href);
        }
        assertTrue(driver.findElements(By.cssSelector("[data-facet='type']")).isEmpty(), "no type filter in the column");
    }

    @Test
    void theSearchPageHasNoViolationsWithResultsAndSuggestionsShown() {
        search("养老服务");
        Results results = browser.axe(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")));
        assertTrue(results.getViolations().isEmpty(), results.getViolations().toString());
        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("养");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(input.getAttribute("aria-expanded")));
        results = browser.axe(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")));
        assertTrue(results.getViolations().isEmpty(), results.getViolations().toString());
    }

    /** Without JavaScript the page still leads to every document, through the indexes. */
    @Test
    void withoutJavaScriptTheSearchPageOffersTheIndexes() {
        Document page = TestSupport.page(site, "search/index.html");
        assertNotNull(page.selectFirst("noscript"));
        Element form = page.selectFirst("form.search-form");
        assertEquals("q", form.selectFirst("input").attr("name"));
        assertEquals("get", form.attr("method"));
        for (String index : List.of("years/2023/index.html", "agencies/shmzj/index.html", "topics/ylfw/index.html")) {
            assertNotNull(page.selectFirst(".search-browse a[href=../" + index + "]"), index);
        }
        assertEquals(List.of("../assets/site.js", "../assets/search.js"), page.select("script").eachAttr("src"),
                "the site's own scripts only: no inline script, nothing from elsewhere");
        assertEquals(2, page.select("script").size());
        assertTrue(page.select("[onclick], [onload], [oninput], [style]").isEmpty());
        Document other = TestSupport.page(site, "policies/example-ylbt-2024/index.html");
        Element header = other.selectFirst("header form[role=search]");
        assertEquals("../../search/index.html", header.attr("action"), "every page has the search box");
        assertEquals(List.of("../../assets/site.js"), other.select("script").eachAttr("src"),
                "other pages load only the site's own text-size and read-aloud script");
        Element column = TestSupport.page(site, "policies/index.html").selectFirst("main form[role=search]");
        assertEquals("../policies/search.html", column.attr("action"));
    }
}
