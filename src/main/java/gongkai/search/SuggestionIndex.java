package gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The keyword suggestions, filed twice: under every character a keyword contains (typing 养 or
 * 服务 loads one small file that has 养老服务), as {@code [keyword, weight]}; and under the first
 * letter of its pinyin (typing {@code yl} or {@code yanglao}, or sounding out a mistyped query),
 * as {@code [keyword, "yang lao fu wu", weight]}. Heaviest first.
 */
final class SuggestionIndex {
    private SuggestionIndex() {}

    /** The files written: how many by character, and each file by name (under the index's folder) as written. */
    record Files(int shards, Map<String, IndexFiles.Written> written) {}

    /**
     * Writes {@code k/<n>.json} by character and {@code k/<letter>.json} by pinyin, read with
     * {@code syllables} ({@link Pinyin#syllables}).
     */
    static Files write(List<Keywords.Keyword> keywords, IndexFiles files, Function<String, List<String>> syllables) {
        List<List<Object>> entries = keywords.parallelStream()
                .map(k -> List.<Object>of(k.text(), String.join(" ", syllables.apply(k.text())), k.weight())).toList();
        long bytes = 0;
        for (List<Object> e : entries) {
            bytes += ((String) e.get(0)).length() * (3L * ((String) e.get(0)).length() + 8);
        }
        int count = Shards.count(bytes);
        List<List<List<Object>>> byChar = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byChar.add(new ArrayList<>());
        }
        Map<String, List<List<Object>>> byLetter = new TreeMap<>();
        for (List<Object> e : entries) {
            String text = (String) e.get(0);
            Set<Integer> shards = new LinkedHashSet<>();
            text.codePoints().filter(Tokenizer::isHan).forEach(cp -> shards.add(Shards.of(Character.toString(cp), count)));
            shards.forEach(s -> byChar.get(s).add(List.of(text, e.get(2))));
            String reading = (String) e.get(1);
            if (!reading.isEmpty()) {
                byLetter.computeIfAbsent(reading.substring(0, 1), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, IndexFiles.Written> written = new ConcurrentHashMap<>();
        BiConsumer<String, Object> write = (name, value) -> written.put(name, files.write(name, value));
        IntStream.range(0, count).parallel().forEach(i -> write.accept("k/" + i + ".json", byChar.get(i)));
        byLetter.forEach((letter, list) -> write.accept("k/" + letter + ".json", list));
        return new Files(count, written);
    }
}
