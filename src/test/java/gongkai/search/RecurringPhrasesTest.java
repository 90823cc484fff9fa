package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurringPhrasesTest {
    private static Map<String, Integer> find(List<List<String>> titles, int min, int max) {
        Map<String, Integer> out = new HashMap<>();
        RecurringPhrases.find(titles, min, max).forEach(k -> assertEquals(null, out.put(k.text(), k.weight()), k.text()));
        return out;
    }

    @Test
    void longestSharedRunsWithTheNumberOfTitlesTheyAreIn() {
        List<List<String>> titles = List.of(List.of("养老服务补贴申领"), List.of("养老服务补贴发放"), List.of("居家养老服务", "养老服务"));
        // 养老服务补贴 is in two titles, 养老服务 in three; 养老服 only ever inside 养老服务.
        assertEquals(Map.of("养老服务补贴", 2, "养老服务", 3), find(titles, 2, 16));
    }

    @Test
    void aRunRepeatedInOneTitleCountsOnce() {
        assertEquals(Map.of(), find(List.of(List.of("补贴补贴", "补贴")), 2, 16));
    }

    @Test
    void agreesWithCountingEverySubstring() {
        Random random = new Random(7);
        String alphabet = "养老服务补贴申";
        for (int round = 0; round < 200; round++) {
            List<List<String>> titles = new ArrayList<>();
            for (int t = random.nextInt(30); t > 0; t--) {
                List<String> runs = new ArrayList<>();
                for (int r = random.nextInt(3); r >= 0; r--) {
                    StringBuilder run = new StringBuilder();
                    for (int c = 2 + random.nextInt(18); c > 0; c--) {
                        run.append(alphabet.charAt(random.nextInt(1 + round % alphabet.length())));
                    }
                    runs.add(run.toString());
                }
                titles.add(runs);
            }
            int max = 3 + round % 14;
            assertEquals(reference(titles, 2, max), find(titles, 2, max), titles.toString());
        }
    }

    /** The definition, substring by substring. */
    private static Map<String, Integer> reference(List<List<String>> titles, int min, int max) {
        Map<String, Integer> frequent = new HashMap<>();
        for (int len = min; len <= max; len++) {
            Map<String, Integer> counts = new HashMap<>();
            for (List<String> runs : titles) {
                Set<String> inTitle = new HashSet<>();
                for (String run : runs) {
                    for (int i = 0; i + len <= run.length(); i++) {
                        inTitle.add(run.substring(i, i + len));
                    }
                }
                inTitle.forEach(g -> counts.merge(g, 1, Integer::sum));
            }
            counts.values().removeIf(c -> c < 2);
            frequent.putAll(counts);
        }
        Set<String> subsumed = new HashSet<>();
        frequent.forEach((h, n) -> {
            if (h.length() > min) {
                for (String part : List.of(h.substring(0, h.length() - 1), h.substring(1))) {
                    if (n.equals(frequent.get(part))) {
                        subsumed.add(part);
                    }
                }
            }
        });
        frequent.keySet().removeAll(subsumed);
        return frequent;
    }
}
