package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.search.DocNumber;
import gongkai.search.Pinyin;
import gongkai.search.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query side of search.js, called directly in Chromium: it must cut, fold and hash exactly as
 * the Java build does, and read queries (synonyms, pinyin, corrections) as intended.
 */
class SearchEngineTest {
    static Path site;
    static StaticServer server;
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        site = TestSupport.exampleSite();
        server = new StaticServer(site);
        browser = Browser.start(1024, 768);
        driver = browser.driver();
        driver.get(server.url() + "search/index.html");
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    private static Object js(String expression, Object... args) {
        return driver.executeScript("return " + expression + ";", args);
    }

    /** Runs a query through the engine and returns how it was read. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(String q) {
        return (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const page = window.GongkaiSearch.page;
                page.index.open().then(index => window.GongkaiSearch.run(index, arguments[0])).then(r => done({
                  text: r.text, mode: r.mode, correction: r.correction, also: r.also,
                  converted: r.converted.map(c => c.from + '>' + c.to), hits: r.hits.length
                }), e => done({error: String(e)}));""", q);
    }

    @Test
    void queriesAreCutAsTheIndexWasBuilt() {
        for (String q : List.of("养老服务", "税", "２０２３年 WCAG 2.2", "沪民规〔2023〕5号", "低保，补贴 养老", "𠀀好", "Ａpp下载")) {
            assertEquals(Tokenizer.queryTerms(q), js("window.GongkaiSearch.queryTerms(arguments[0])", q), q);
        }
    }

    @Test
    void keysHashToTheSameShardsAsInJava() {
        for (String key : List.of("养老", "#2023-5", "yanlao", "𠀀好", "wcag")) {
            long expected = Integer.toUnsignedLong(fnv(key));
            assertEquals(expected, ((Number) js("window.GongkaiSearch.hash(arguments[0])", key)).longValue(), key);
        }
    }

    private static int fnv(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    @Test
    void everySyllableFoldsAsInJava() throws Exception {
        List<?> syllables = JsonMapper.builder().build().readValue(
                Files.readString(site.resolve("search/data/syllables.json")), List.class);
        assertTrue(syllables.size() > 380, "the syllables of Mandarin: " + syllables.size());
        List<?> folded = (List<?>) js("arguments[0].map(window.GongkaiSearch.fuzzy)", syllables);
        for (int i = 0; i < syllables.size(); i++) {
            assertEquals(Pinyin.fuzzy((String) syllables.get(i)), folded.get(i), (String) syllables.get(i));
        }
    }

    @Test
    void documentNumbersInAQueryAreTheTermsTheBuildWrote() {
        for (String q : List.of("沪民规〔2023〕5号", "关于沪民规[2023]5号的解读", "沪民规2023 5", "沪民规（2023）第5号")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> dn = (Map<String, Object>) js(
                    "window.GongkaiSearch.docNumberIn(window.GongkaiSearch.normalize(arguments[0]))", q);
            assertEquals(DocNumber.parse("沪民规〔2023〕5号").orElseThrow().term(), dn.get("term"), q);
        }
        assertNull(js("window.GongkaiSearch.docNumberIn('2023 5')"), "a year and a number alone are not a 文号");
        assertNull(js("window.GongkaiSearch.docNumberIn('2023年5月')"));
    }

    @Test
    void pinyinIsCutIntoTheFewestSyllables() {
        assertEquals(List.of("yang", "lao", "fu", "wu"), segment("yanglaofuwu"));
        assertEquals(List.of("xian"), segment("xian"));
        assertNull(segment("ylfw"), "initials are no syllables");
    }

    private static Object segment(String letters) {
        return driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.GongkaiSearch.page.index.syllables().then(s => done(window.GongkaiSearch.segment(arguments[0], s)));""",
                letters);
    }

    @Test
    void synonymsExpandTheQueryBothWays() {
        assertEquals(List.of("最低生活保障"), run("低保").get("also"));
        assertEquals(List.of("低保"), run("最低生活保障").get("also"));
        assertEquals(List.of("老年人"), run("老人补贴").get("also"));
        assertEquals(List.of(), run("养老服务").get("also"));
    }

    @Test
    void typosAreCorrectedBySoundBySpellingAndByKeyboard() {
        Map<String, Object> bySound = run("养老服物");
        assertEquals("养老服务", bySound.get("correction"));
        assertEquals("corrected", bySound.get("mode"));
        assertEquals("养老服务", run("养脑服务").get("correction"), "n and l sound alike to many");
        assertEquals("养老服务", run("养老服服务").get("correction"), "a character typed twice");
        assertEquals("养老服务", run("yanglaofuwy").get("correction"), "a neighbouring key");
        assertNull(run("养老服务").get("correction"), "a right query is left alone");
        assertEquals("exact", run("养老服务").get("mode"));
    }

    @Test
    void pinyinReadsAsTheMostCommonWordsOfThePortal() {
        assertEquals(List.of("yanglao fuwu>养老服务"), run("yanglao fuwu").get("converted"));
        assertEquals(List.of("ylfw>养老服务"), run("ylfw").get("converted"));
        assertEquals(List.of("hangye>行业"), run("hangye").get("converted"));
        assertEquals(List.of("fuwu>服务"), run("养老fuwu").get("converted"));
        assertEquals("养老服务", run("养老fuwu").get("text"));
    }

    @Test
    void postingListsDecodeAsJavaWroteThem() {
        // Deltas 1, 1, 30, 1, 968 (= 30 × 32 + 8, high group marked by +32), and a bitmap of six documents per digit.
        assertEquals(List.of(0L, 1L, 31L, 32L, 1000L), js("window.GongkaiSearch.decodeList('BBeB-I')"));
        assertEquals(List.of(0L, 2L, 4L, 6L), js("window.GongkaiSearch.decodeList('~VB')"));
    }
}
