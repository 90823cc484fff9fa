package gongkai.e2e;

import static gongkai.TestSupport.build;
import static gongkai.TestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.bench.CorpusGenerator;
import gongkai.publish.LinkChecker;
import gongkai.render.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long lists in a generated portal of 800 policies: every list is cut into pages of 50 that
 * together hold each of its documents once, in order; each page says where the reader is and
 * leads to the others; a short list is one page without a pager.
 */
class PaginationTest {
    private static final int PAGE_SIZE = 50;
    private static final Pattern COUNT = Pattern.compile("（(\\d+) 份）");
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) (?:份文件|篇解读)");

    @TempDir
    static Path tmp;

    static Path site;
    /** The published policies of the content, by id. */
    static Map<String, Record> published = new HashMap<>();
    static int interpretations;

    /** What a policy record says about where it is listed. */
    record Record(String id, LocalDate published, String kind, String agency) {}

    @BeforeAll
    static void buildLargePortal() throws IOException {
        Path content = tmp.resolve("content");
        CorpusGenerator.generate(content, 800, 42);
        site = tmp.resolve("site");
        build(content, site, "2026-11-22");
        for (Path p : markdown(content.resolve("policies"))) {
            Map<String, String> f = frontMatter(p);
            if (f.get("disclosure").equals("主动公开")) {
                published.put(f.get("id"), new Record(f.get("id"), LocalDate.parse(f.get("published")), f.get("kind"),
                        f.get("agency")));
            }
        }
        interpretations = markdown(content.resolve("interpretations")).size();
    }

    private static List<Path> markdown(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static Map<String, String> frontMatter(Path file) {
        Map<String, String> fields = new HashMap<>();
        for (String line : TestSupport.read(file).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0 && !line.startsWith(" ")) {
                fields.putIfAbsent(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return fields;
    }

    private static int pagesFor(int documents) {
        return (documents + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** The site-relative page a link on {@code from} leads to, fragment dropped. */
    private static String resolve(String from, String href) {
        Path base = Path.of(from).getParent();
        String path = href.replaceFirst("#.*$", "");
        return (base == null ? Path.of(path) : base.resolve(path)).normalize().toString().replace('\\', '/');
    }

    /** The policy ids a list of documents links to, in order. */
    private static List<String> ids(Element list) {
        List<String> ids = new ArrayList<>();
        for (Element a : list.select("a.doc-title")) {
            Matcher m = Pattern.compile("policies/([^/]+)/index\\.html$").matcher(a.attr("href"));
            assertTrue(m.find(), a.attr("href"));
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The list of one kind on a column page: the doc list under its heading, or null when it has none. */
    private static Element kindList(Document column, String anchor) {
        for (Element e = column.getElementById(anchor).nextElementSibling(); e != null && !e.is("h2"); e = e.nextElementSibling()) {
            if (e.is("ul.doc-list")) {
                return e;
            }
        }
        return null;
    }

    /**
     * The list on {@code path}, a page of the series that starts at {@code first}: on a column page
     * (when {@code anchor} names a kind) that kind's list, else the page's one list.
     */
    private static Element listOn(String path, String first, String anchor) {
        Document d = page(site, path);
        return anchor != null && path.equals(first) ? kindList(d, anchor) : d.selectFirst("main ul.doc-list");
    }

    /** The pager after {@code list} (the list's own on a page with two), or null. */
    private static Element pagerAfter(Element list) {
        Element next = list == null ? null : list.nextElementSibling();
        return next != null && next.is("nav.pager") ? next : null;
    }

    /**
     * The pages of a list longer than one page, from its first page on by 下一页, checking on each that the pager marks
     * it current, leads back to the one before and to the first and last pages.
     *
     * @param anchor on a column page, the kind whose pages to follow; null for a page with one list
     */
    private static List<String> series(String first, String anchor) {
        List<String> pages = new ArrayList<>();
        String path = first;
        while (path != null) {
            pages.add(path);
            Element pager = pagerAfter(listOn(path, first, anchor));
            assertNotNull(pager, "pager on " + path);
            int n = pages.size();
            Element current = pager.selectFirst("a[aria-current=page]");
            assertEquals("第 " + n + " 页", current.text(), path);
            assertEquals(path, resolve(path, current.attr("href")));
            assertEquals(1, pager.select("[aria-current]").size());
            Element previous = pager.selectFirst("a[rel=prev]");
            if (n == 1) {
                assertNull(previous, "nothing before page 1");
                assertNull(link(pager, "第一页"));
            } else {
                assertEquals(pages.get(n - 2), resolve(path, previous.attr("href")));
                assertEquals(first, resolve(path, link(pager, "第一页").attr("href")));
            }
            Element next = pager.selectFirst("a[rel=next]");
            path = next == null ? null : resolve(path, next.attr("href"));
        }
        String last = pages.get(pages.size() - 1);
        assertNull(link(pagerAfter(listOn(last, first, anchor)), "最后一页"), "nothing after " + last);
        assertEquals(last, resolve(first, link(pagerAfter(listOn(first, first, anchor)), "最后一页").attr("href")));
        return pages;
    }

    private static Element link(Element pager, String text) {
        return pager.select("a").stream().filter(a -> a.text().equals(text)).findFirst().orElse(null);
    }

    /** The documents on each page of a series, page by page. */
    private static List<List<String>> documents(List<String> pages, String anchor) {
        return pages.stream().map(p -> ids(listOn(p, pages.get(0), anchor))).toList();
    }

    /** Each page but the last holds 50; together they hold {@code expected}, each once, newest first. */
    private static void assertPagedInOrder(List<List<String>> pages, Set<String> expected, String what) {
        assertEquals(pagesFor(expected.size()), pages.size(), what + " pages");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int size = pages.get(i).size();
            assertEquals(i < pages.size() - 1 ? PAGE_SIZE : expected.size() - PAGE_SIZE * (pages.size() - 1), size,
                    what + " page " + (i + 1));
            all.addAll(pages.get(i));
        }
        assertEquals(expected.size(), new HashSet<>(all).size(), what + ": each document once");
        assertEquals(expected, new HashSet<>(all), what);
        for (int i = 1; i < all.size(); i++) {
            assertFalse(published.get(all.get(i)).published().isAfter(published.get(all.get(i - 1)).published()),
                    what + ": newest first across pages, at " + all.get(i));
        }
    }

    private static Set<String> where(Predicate<Record> p) {
        Set<String> ids = new HashSet<>();
        published.values().stream().filter(p).forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static int total(Document d) {
        Matcher m = TOTAL.matcher(d.selectFirst("main .lead").text());
        assertTrue(m.find(), d.selectFirst("main .lead").text());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void everyYearIsCutIntoPagesOfFiftyThatTogetherHoldItsDocumentsOnceNewestFirst() {
        List<Element> years = page(site, "years/index.html").select("main .entry-list li");
        assertTrue(years.size() >= 10);
        for (Element li : years) {
            int year = Integer.parseInt(li.selectFirst("a").text().replace("年", ""));
            String first = "years/" + year + "/index.html";
            Set<String> expected = where(r -> r.published().getYear() == year);
            assertTrue(expected.size() > PAGE_SIZE, "the corpus pages every year: " + year);
            Matcher m = COUNT.matcher(li.text());
            assertTrue(m.find());
            assertEquals(expected.size(), Integer.parseInt(m.group(1)), "the catalogue counts the whole year");
            List<String> pages = series(first, null);
            for (int n = 2; n <= pages.size(); n++) {
                assertEquals("years/" + year + "/page/" + n + "/index.html", pages.get(n - 1));
            }
            assertPagedInOrder(documents(pages, null), expected, year + "年");
            for (String p : pages) {
                assertEquals(expected.size(), total(page(site, p)), "every page states the year's total: " + p);
            }
            assertFalse(Files.exists(site.resolve("years/" + year + "/page/" + (pages.size() + 1))));
        }
    }

    @Test
    void eachPageSaysWhereTheReaderIsInItsTitleAndAboveTheList() {
        Document first = page(site, "years/2020/index.html");
        int size = total(first);
        assertTrue(size > PAGE_SIZE && size <= 2 * PAGE_SIZE, "two pages in 2020: " + size);
        assertTrue(first.title().startsWith("2020年_按年份_"), first.title());
        assertEquals("第 1 页，共 2 页；本页列出第 1 至 50 份。", first.selectFirst("main .page-position").text());
        Document second = page(site, "years/2020/page/2/index.html");
        assertTrue(second.title().startsWith("2020年（第2页）_按年份_"), second.title());
        assertEquals("2020年发布的文件", second.selectFirst("h1").text());
        assertEquals("第 2 页，共 2 页；本页列出第 " + (size == 51 ? "51" : "51 至 " + size) + " 份。",
                second.selectFirst("main .page-position").text());
        Document care = page(site, Edition.CARE.path("years/2020/page/2/index.html"));
        assertTrue(care.title().startsWith("2020年（第2页）_按年份_关怀版_"), care.title());

        int other = where(r -> r.kind().equals("其他文件")).size();
        int pages = pagesFor(other);
        assertEquals("第 2 页，共 " + pages + " 页；本页列出第 51 至 100 份。",
                page(site, "policies/other/page/2/index.html").selectFirst("main .page-position").text());
        int from = PAGE_SIZE * (pages - 1) + 1;
        assertEquals("第 " + pages + " 页，共 " + pages + " 页；本页列出第 " + (from == other ? from : from + " 至 " + other) + " 份。",
                page(site, "policies/other/page/" + pages + "/index.html").selectFirst("main .page-position").text());
    }

    @Test
    void pagerOffersFirstPreviousNearbyNumbersNextAndLast() {
        Set<String> other = where(r -> r.kind().equals("其他文件"));
        int pages = pagesFor(other.size());
        assertTrue(pages >= 8, "enough pages for a window in the middle: " + pages);
        Element middle = page(site, "policies/other/page/5/index.html").selectFirst("main nav.pager");
        assertEquals("其他文件分页", middle.attr("aria-label"));
        assertEquals(List.of("第一页", "上一页", "第 3 页", "第 4 页", "第 5 页", "第 6 页", "第 7 页", "下一页", "最后一页"),
                middle.select("a").eachText());
        assertEquals(List.of("3", "4", "5", "6", "7"), middle.select("a:has(.sr-only)").stream().map(Element::ownText).toList(),
                "the numbers show as bare digits; the words are for screen readers");
        Element start = kindPager(page(site, "policies/index.html"), "other");
        assertEquals(List.of("第 1 页", "第 2 页", "第 3 页", "第 4 页", "第 5 页", "下一页", "最后一页"), start.select("a").eachText());
        Element end = page(site, "policies/other/page/" + pages + "/index.html").selectFirst("main nav.pager");
        List<String> window = new ArrayList<>(List.of("第一页", "上一页"));
        for (int n = pages - 4; n <= pages; n++) {
            window.add("第 " + n + " 页");
        }
        assertEquals(window, end.select("a").eachText());
        for (Element nav : page(site, "years/2020/index.html").select("nav.pager")) {
            assertEquals("分页", nav.attr("aria-label"));
        }
        for (Element nav : page(site, Edition.CARE.path("policies/other/page/5/index.html")).select("nav.pager a")) {
            assertTrue(resolve(Edition.CARE.path("policies/other/page/5/index.html"), nav.attr("href")).startsWith("care/"),
                    "the care edition's pager stays in it: " + nav.attr("href"));
        }
    }

    private static Element kindPager(Document column, String anchor) {
        return pagerAfter(kindList(column, anchor));
    }

    @Test
    void theColumnsPageEachKindOnItsOwnAndCountTheWhole() {
        for (String column : List.of("policies/index.html", "in-force/index.html")) {
            Document d = page(site, column);
            String folder = column.substring(0, column.indexOf('/') + 1);
            int sum = 0;
            for (String[] kind : new String[][] {{"normative", "行政规范性文件"}, {"other", "其他文件"}}) {
                Matcher m = COUNT.matcher(d.getElementById(kind[0]).text());
                assertTrue(m.find());
                int count = Integer.parseInt(m.group(1));
                sum += count;
                if (count <= PAGE_SIZE) {
                    assertNull(kindPager(d, kind[0]), column + " " + kind[1] + " fits on the column page");
                    continue;
                }
                assertEquals(kind[1] + "分页", kindPager(d, kind[0]).attr("aria-label"));
                List<String> pages = series(column, kind[0]);
                for (int n = 2; n <= pages.size(); n++) {
                    String path = folder + kind[0] + "/page/" + n + "/index.html";
                    assertEquals(path, pages.get(n - 1));
                    Document later = page(site, path);
                    String heading = d.selectFirst("h1").text() + "：" + kind[1];
                    assertEquals(heading, later.selectFirst("h1").text());
                    assertTrue(later.title().startsWith(heading + "（第" + n + "页）_政策文件_"), later.title());
                    assertEquals(count, total(later), "the kind's total on its later pages");
                    assertEquals(1, later.select("main nav.pager").size());
                }
                List<List<String>> docs = documents(pages, kind[0]);
                if (column.startsWith("policies/")) {
                    assertPagedInOrder(docs, where(r -> r.kind().equals(kind[1])), column + " " + kind[1]);
                } else {
                    docs.stream().flatMap(List::stream).forEach(id -> assertEquals(kind[1], published.get(id).kind(), id));
                    assertEquals(count, docs.stream().mapToInt(List::size).sum());
                }
            }
            assertEquals(sum, total(d), "the column's lead counts both kinds in full");
        }
        assertEquals(published.size(), total(page(site, "policies/index.html")));
        assertTrue(pagesFor(where(r -> r.kind().equals("行政规范性文件")).size()) >= 3, "normative documents take pages too");
        assertTrue(Files.isRegularFile(site.resolve("in-force/normative/page/2/index.html")), "and those in force");
    }

    @Test
    void interpretationsArePagedByTheirOwnUnit() {
        List<String> pages = series("interpretations/index.html", null);
        assertEquals(pagesFor(interpretations), pages.size());
        assertEquals("interpretations/page/2/index.html", pages.get(1));
        int listed = 0;
        for (String p : pages) {
            Document d = page(site, p);
            assertEquals(interpretations, total(d));
            listed += d.select("main .doc-title").size();
        }
        assertEquals(interpretations, listed);
        assertTrue(page(site, pages.get(1)).selectFirst("main .page-position").text().endsWith("本页列出第 51 至 100 篇。"));
        assertTrue(page(site, pages.get(1)).title().startsWith("政策解读（第2页）_政策解读_"));
    }

    @Test
    void aListThatFitsOnOnePageHasNoPagerAndNoFurtherPages() {
        int fitting = 0;
        for (Element li : page(site, "agencies/index.html").select("main .entry-list li")) {
            Matcher m = COUNT.matcher(li.text());
            assertTrue(m.find());
            int count = Integer.parseInt(m.group(1));
            String path = resolve("agencies/index.html", li.selectFirst("a").attr("href"));
            Document d = page(site, path);
            assertEquals(count, total(d));
            if (count <= PAGE_SIZE) {
                fitting++;
                assertNull(d.selectFirst("nav.pager"), path);
                assertNull(d.selectFirst(".page-position"), path);
                String agency = path.split("/")[1];
                assertEquals(where(r -> r.agency().equals(agency)), new HashSet<>(ids(d.selectFirst("main ul.doc-list"))), path);
                assertFalse(Files.exists(site.resolve(path).resolveSibling("page")), path);
            } else {
                assertNotNull(d.selectFirst("nav.pager"), path);
            }
        }
        assertTrue(fitting > 0, "the corpus has agencies with 50 documents or fewer");
    }

    @Test
    void theExampleSiteWhoseListsAreShortLooksAsBefore() throws IOException {
        Path example = TestSupport.exampleSite();
        try (Stream<Path> walk = Files.walk(example)) {
            List<Path> html = walk.filter(p -> p.toString().endsWith(".html")).toList();
            for (Path p : html) {
                assertFalse(example.relativize(p).toString().replace('\\', '/').matches("(.*/)?page/\\d+/index\\.html"), p.toString());
                assertFalse(TestSupport.read(p).contains("class=\"pager\""), p.toString());
            }
        }
    }

    @Test
    void everyPageHasItsOwnTitleAndEveryPagerLinkResolves() throws IOException {
        List<String> htmlPages;
        try (Stream<Path> walk = Files.walk(site)) {
            htmlPages = walk.map(p -> site.relativize(p).toString().replace('\\', '/')).filter(p -> p.endsWith(".html")).toList();
        }
        Map<String, String> seen = new HashMap<>();
        int pagers = 0;
        for (String path : htmlPages) {
            Document d = page(site, path);
            String other = seen.put(d.title(), path);
            assertNull(other, "「" + d.title() + "」 on " + path + " and " + other);
            for (Element a : d.select("nav.pager a")) {
                pagers++;
                assertTrue(Files.isRegularFile(site.resolve(resolve(path, a.attr("href")))), path + " → " + a.attr("href"));
            }
        }
        assertTrue(pagers > 100, "pager links checked: " + pagers);
        assertEquals(List.of(), new LinkChecker().check(site).broken());
    }

    @Test
    void aPolicyPageLeadsToTheStartOfItsKindInTheColumn() {
        Record normative = published.values().stream().filter(r -> r.kind().equals("行政规范性文件")).findFirst().orElseThrow();
        Document d = page(site, "policies/" + normative.id() + "/index.html");
        assertEquals(1, d.select("main a[href=../../policies/index.html#normative]").size());
        assertNotNull(page(site, "policies/index.html").getElementById("normative"));
    }
}
