package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.ValidityStatus;
import gongkai.render.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** An index patched where documents changed is, file for file, the index built from the changed documents. */
class TermIndexTest {
    private static final String[] WORDS = {"养老", "服务", "补贴", "社区", "救助", "儿童", "福利", "殡葬", "婚姻", "登记", "慈善",
        "Wi-Fi", "2025", "社会组织", "残疾人", "低保", "老年", "助餐", "政策", "解读"};

    private static String words(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "。" : "");
        }
        return b.toString();
    }

    private static SearchDoc doc(Random random, int n) {
        String number = random.nextInt(3) == 0 ? "沪民规〔" + (2015 + random.nextInt(3)) + "〕" + (1 + random.nextInt(4)) + "号" : null;
        return new SearchDoc(DocType.POLICY, null, "policies/p" + n + "/", words(random, 3), number, "a",
                LocalDate.of(2020, 1, 1), List.of(), new ValidityStatus.Unspecified(), null, words(random, 5 + random.nextInt(60)),
                "", false);
    }

    /**
     * The files {@code index} writes into {@code files}, by name, as text: a kept index keeps
     * files it wrote before, which must then be there.
     */
    private static Map<String, String> written(TermIndex index, Map<String, String> files) {
        index.write(new IndexFiles(new SiteOutput() {
            @Override
            public synchronized void write(String path, byte[] data) {
                files.put(path, new String(data, StandardCharsets.UTF_8));
            }

            @Override
            public synchronized void keep(String path) {
                assertTrue(files.containsKey(path), path);
            }
        }, ""));
        return new TreeMap<>(files);
    }

    private static Map<String, String> written(TermIndex index) {
        return written(index, new TreeMap<>());
    }

    private static List<SearchDoc> docs(Random random, int count) {
        List<SearchDoc> docs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            docs.add(doc(random, n));
        }
        return docs;
    }

    private static TermIndex built(List<SearchDoc> docs, boolean kept) {
        TermIndex index = new TermIndex(kept);
        index.add(docs, 0, null);
        return index;
    }

    @Test
    void aPatchedIndexEqualsTheIndexBuiltAgain() {
        Random random = new Random(5);
        List<SearchDoc> docs = docs(random, 300);
        TermIndex patched = built(docs, true);
        Map<String, String> output = new TreeMap<>();
        Map<String, String> before = written(patched, output);
        TermCounts counts = new TermCounts();
        for (int round = 0; round < 20; round++) {
            int n = random.nextInt(docs.size());
            SearchDoc changed = doc(random, n);
            patched.replace(n, counts.of(docs.get(n)), counts.of(changed));
            docs.set(n, changed);
        }
        Map<String, String> after = written(patched, output);
        assertNotEquals(before, after);
        assertEquals(written(built(docs, false)), after);
    }

    @Test
    void aTermNoDocumentHoldsAnyMoreLeavesTheIndex() {
        Random random = new Random(9);
        List<SearchDoc> docs = docs(random, 50);
        SearchDoc plain = docs.get(7);
        SearchDoc rare = plain.withText(plain.text() + "鹦鹉螺 Nautilus");
        docs.set(7, rare);
        TermIndex patched = built(docs, true);
        Map<String, String> output = new TreeMap<>();
        assertTrue(written(patched, output).toString().contains("鹦鹉"));
        patched.replace(7, new TermCounts().of(rare), new TermCounts().of(plain));
        docs.set(7, plain);
        Map<String, String> after = written(patched, output);
        assertFalse(after.toString().contains("鹦鹉"));
        assertFalse(after.toString().contains("nautilus"));
        assertEquals(written(built(docs, false)), after);
    }
}
