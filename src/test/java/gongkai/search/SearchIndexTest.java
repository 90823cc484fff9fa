package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the real content and reads the search index the way search.js does. */
class SearchIndexTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path tmp;

    static Path site;
    static Path data;
    static JsonNode meta;

    @BeforeAll
    static void buildContent() throws IOException {
        site = TestSupport.exampleSite();
        data = site.resolve(SearchIndex.DIR);
        meta = read("meta.json");
    }

    private static JsonNode read(String name) throws IOException {
        return JSON.readTree(Files.readString(data.resolve(name)));
    }

    private static JsonNode doc(int n) throws IOException {
        return read("d/" + n / SearchIndex.DOCS_PER_FOLDER + "/" + n + ".json");
    }

    /** The entry of a term, from the shard the browser would fetch. */
    private static JsonNode term(String term) throws IOException {
        return read("t/" + Shards.of(term, meta.get("shards").get("t").asInt()) + ".json").get(term);
    }

    /** Decodes a posting list as search.js does. */
    static List<Integer> decode(String s) {
        List<Integer> out = new ArrayList<>();
        if (s.startsWith("~")) {
            for (int i = 1; i < s.length(); i++) {
                int bits = PostingList.DIGITS.indexOf(s.charAt(i));
                for (int b = 0; b < 6; b++) {
                    if ((bits >> b & 1) != 0) {
                        out.add((i - 1) * 6 + b);
                    }
                }
            }
            return out;
        }
        int doc = -1;
        int n = 0;
        for (char c : s.toCharArray()) {
            int v = PostingList.DIGITS.indexOf(c);
            n = n * 32 + (v & 31);
            if (v < 32) {
                doc += n;
                out.add(doc);
                n = 0;
            }
        }
        return out;
    }

    private static int docNumberOf(String path) throws IOException {
        for (int n = 0; n < meta.get("count").asInt(); n++) {
            if (doc(n).get("u").asString().equals(path)) {
                return n;
            }
        }
        throw new AssertionError("not in the index: " + path);
    }

    @Test
    void everyPublishedRecordIsADocumentAndNothingElse() throws IOException {
        int items = 0;
        Set<String> paths = new HashSet<>();
        for (int n = 0; n < meta.get("count").asInt(); n++) {
            String path = doc(n).get("u").asString();
            assertTrue(paths.add(path), "once: " + path);
            if (path.contains("#item-")) {
                items++;
            }
        }
        assertTrue(paths.contains("policies/example-ylbt-2024/index.html"));
        assertTrue(paths.contains("interpretations/example-ylbt-2024-jd/index.html"));
        assertTrue(paths.contains("policies/shszfbgt-2023-zwgk-gzyd/index.html"));
        assertTrue(items > 50, "work-point items are found on their own: " + items);
        assertFalse(paths.stream().anyMatch(p -> p.contains("example-internal")));
    }

    /** R18: a record that is not 主动公开 leaves no trace in any file of the index. */
    @Test
    void recordsNotPublishedAreNowhereInTheIndex() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = Files.readString(f);
                assertFalse(text.contains("内部工作安排") || text.contains("example-internal"), f.toString());
            }
        }
    }

    @Test
    void everyDocumentLinksToAPageAndAnchorThatExist() throws IOException {
        for (int n = 0; n < meta.get("count").asInt(); n++) {
            String[] parts = doc(n).get("u").asString().split("#", 2);
            assertTrue(Files.isRegularFile(site.resolve(parts[0])), parts[0]);
            if (parts.length == 2) {
                Document page = TestSupport.page(site, parts[0]);
                assertNotNull(page.getElementById(parts[1]), parts[0] + "#" + parts[1]);
            }
        }
    }

    @Test
    void titleMatchesAreListedApartFromBodyMatches() throws IOException {
        int policy = docNumberOf("policies/example-ylbt-2024/index.html");
        String[] lists = term("养老").asString().split("\\|", -1);
        assertTrue(decode(lists[0]).contains(policy), "养老 is in the title");
        String body = term("申请").asString();
        List<Integer> all = new ArrayList<>();
        for (String l : body.split("\\|", -1)) {
            all.addAll(decode(l));
        }
        assertTrue(all.contains(docNumberOf("policies/example-ylbt-2024/index.html")), "申请 is in the body");
        assertFalse(decode(body.split("\\|", -1)[0]).contains(policy), "but not in the title");
    }

    @Test
    void aDocumentNumberIsOneTermWithItsPrefix() throws IOException {
        JsonNode entry = term("#2023-5");
        int notice = docNumberOf("policies/shszfbgt-2023-zwgk-gzyd/index.html");
        assertEquals(notice, entry.get(0).get(0).asInt());
        assertEquals("沪府办字", entry.get(0).get(1).asString());
    }

    @Test
    void filterValuesAndYearsDescribeEachDocument() throws IOException {
        int n = docNumberOf("policies/example-ylbt-2019/index.html");
        int[] bits = new int[5];
        for (int i = 0; i < 5; i++) {
            bits[i] = meta.get("bits").get(i).asInt();
        }
        int width = 0;
        for (int b : bits) {
            width += b;
        }
        String codes = meta.get("codes").asString();
        int[] values = new int[5];
        int bit = n * width;
        for (int i = 0; i < 5; i++) {
            for (int b = 0; b < bits[i]; b++, bit++) {
                values[i] |= (PostingList.DIGITS.indexOf(codes.charAt(bit / 6)) >> bit % 6 & 1) << b;
            }
        }
        JsonNode dims = meta.get("dims");
        assertEquals("政策文件", dims.get("type").get("labels").get(values[0]).asString());
        assertEquals("行政规范性文件", dims.get("kind").get("labels").get(values[1]).asString());
        assertEquals("废止", dims.get("status").get("labels").get(values[2]).asString());
        assertEquals(2, dims.get("status").get("rank").get(values[2]).asInt(), "repealed ranks below in force");
        assertEquals("上海市民政局", dims.get("agency").get("labels").get(values[3]).asString());
        assertEquals("养老服务", dims.get("topic").get("labels").get(values[4]).asString());
        boolean in2019 = false;
        for (JsonNode y : meta.get("years")) {
            in2019 |= y.get(0).asInt() == 2019 && n >= y.get(1).asInt() && n < y.get(1).asInt() + y.get(2).asInt();
        }
        assertTrue(in2019);
    }

    /** The data behind pinyin input and typo correction: sounds to the portal's words. */
    @Test
    void wordsAreFiledByTheirSound() throws IOException {
        String key = Pinyin.fuzzyKey(List.of("fu", "wu"));
        JsonNode words = read("p/" + Shards.of(key, meta.get("shards").get("p").asInt()) + ".json").get(key);
        assertEquals("服务", words.get(0).get(0).asString(), "the most common word read fu wu comes first");
        assertEquals("fu wu", words.get(0).get(1).asString());
        String hang = Pinyin.fuzzyKey(List.of("hang", "ye"));
        JsonNode hangye = read("p/" + Shards.of(hang, meta.get("shards").get("p").asInt()) + ".json").get(hang);
        assertTrue(hangye.toString().contains("行业"), "行业 is read hang ye: " + hangye);
        JsonNode chars = read("chars.json");
        assertTrue(chars.get("wu").asString().contains("物"), "a mistyped 物 can be sounded out");
        assertTrue(chars.get("hang").asString().contains("行") && chars.get("xing").asString().contains("行"));
    }

    @Test
    void suggestionsComeFromCataloguesSynonymsAndTitles() throws IOException {
        int shards = meta.get("shards").get("k").asInt();
        JsonNode withYang = read("k/" + Shards.of("养", shards) + ".json");
        List<String> words = new ArrayList<>();
        withYang.forEach(k -> words.add(k.get(0).asString()));
        assertTrue(words.contains("养老服务"), "topic: " + words);
        assertTrue(words.contains("养老补贴"), "synonym: " + words);
        assertTrue(words.contains("养老服务补贴申领"), "phrase shared by titles: " + words);
        JsonNode byD = read("k/d.json");
        assertTrue(byD.toString().contains("[\"低保\",\"di bao\""), byD.toString());
        assertTrue(read("k/y.json").toString().contains("[\"养老服务\",\"yang lao fu wu\""));
    }

    @Test
    void theSynonymCatalogueGoesToTheBrowserNormalized() {
        List<String> first = new ArrayList<>();
        meta.get("synonyms").get(0).forEach(w -> first.add(w.asString()));
        assertEquals(List.of("低保", "最低生活保障"), first);
    }

    @Test
    void twoBuildsWriteTheSameBytes() {
        Path again = tmp.resolve("again");
        TestSupport.build(TestSupport.CONTENT, again, "2026-11-22");
        assertEquals(TestSupport.digest(data), TestSupport.digest(again.resolve(SearchIndex.DIR)));
    }
}
