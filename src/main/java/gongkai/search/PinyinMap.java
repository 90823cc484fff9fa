package gongkai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The portal's own words by sound: for the fuzzy pinyin key of every two-character term that
 * matters (in a title, or in at least two documents), the terms read that way with their exact
 * syllables and document counts. The browser turns {@code yanglao} into 养老 with it, and a
 * wrongly typed 服物 into 服务, which sounds the same and is far more common.
 *
 * <p>File {@code p/<n>.json}: {@code {"yanlao": [["养老", "yang lao", 120], …], …}}, most common first.
 */
final class PinyinMap {
    /** Most terms kept per key; keys that many words share are too vague to help beyond these. */
    static final int MAX_PER_KEY = 16;

    private PinyinMap() {}

    /** Writes the shards, reading terms with {@code syllables} ({@link Pinyin#syllables}); returns how many there are. */
    static int write(TermIndex index, IndexFiles files, Function<String, List<String>> syllables) {
        record Bigram(String term, int df) {}
        List<Bigram> bigrams = new ArrayList<>();
        index.forEach((t, e) -> {
            if (t.length() == 2 && Tokenizer.isHan(t.charAt(0)) && Tokenizer.isHan(t.charAt(1))
                    && (e.df() >= 2 || e.title().count() > 0)) {
                bigrams.add(new Bigram(t, e.df()));
            }
        });
        record Reading(String term, List<String> syllables, int df) {}
        List<Reading> readings = bigrams.parallelStream()
                .map(b -> new Reading(b.term(), syllables.apply(b.term()), b.df()))
                .filter(r -> r.syllables().size() == 2)
                .toList();
        Map<String, List<Reading>> byKey = new TreeMap<>();
        for (Reading r : readings) {
            byKey.computeIfAbsent(Pinyin.fuzzyKey(r.syllables()), k -> new ArrayList<>()).add(r);
        }
        int count = Shards.count(readings.size() * 24L);
        List<Map<String, Object>> shards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shards.add(new LinkedHashMap<>());
        }
        byKey.forEach((key, list) -> {
            list.sort(Comparator.comparingInt((Reading r) -> -r.df()).thenComparing(Reading::term));
            shards.get(Shards.of(key, count)).put(key, list.stream().limit(MAX_PER_KEY)
                    .map(r -> List.of(r.term(), String.join(" ", r.syllables()), r.df())).toList());
        });
        IntStream.range(0, count).parallel().forEach(i -> files.write("p/" + i + ".json", shards.get(i)));
        return count;
    }
}
