package gongkai.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The readings of the characters a reader is likely to type — the 3,755 of GB 2312 level 1 and
 * every character of the index — so the browser can sound out a query with a wrong character and
 * look the sound up in the {@link PinyinMap}. File {@code chars.json}: syllable → its characters;
 * {@code syllables.json}: every syllable with a vowel, to cut typed pinyin into syllables.
 */
final class CharTable {
    /** Readings kept per character; the rarer ones of a polyphone are not what people mistype. */
    static final int MAX_READINGS = 3;

    private CharTable() {}

    /** Writes both files, reading characters with {@code sounds}. */
    static void write(TermIndex index, IndexFiles files, Sounds sounds) {
        TreeSet<Character> chars = new TreeSet<>(level1());
        index.forEach((t, e) -> {
            if (t.length() == 1 && Tokenizer.isHan(t.charAt(0))) {
                chars.add(t.charAt(0));
            }
        });
        Map<String, StringBuilder> bySound = new TreeMap<>();
        for (char c : chars) {
            List<String> readings = sounds.readings(c);
            readings.stream().limit(MAX_READINGS).forEach(r -> bySound.computeIfAbsent(r, k -> new StringBuilder()).append(c));
        }
        Map<String, String> out = new TreeMap<>();
        bySound.forEach((k, v) -> out.put(k, v.toString()));
        files.write("chars.json", out);
        // Readings without a vowel (m, n, ng of interjections) would cut real syllables apart.
        files.write("syllables.json", out.keySet().stream().filter(k -> k.matches(".*[aeiouv].*")).toList());
    }

    /**
     * GB 2312 level 1: rows 0xB0–0xD7, cells 0xA1–0xFE, the last row ending at 0xF9. Decoded in
     * one piece: a decoder made for each of the 3,755 characters took a few hundredths of a second.
     */
    private static TreeSet<Character> level1() {
        ByteArrayOutputStream codes = new ByteArrayOutputStream();
        for (int row = 0xB0; row <= 0xD7; row++) {
            for (int cell = 0xA1; cell <= (row == 0xD7 ? 0xF9 : 0xFE); cell++) {
                codes.write(row);
                codes.write(cell);
            }
        }
        TreeSet<Character> out = new TreeSet<>();
        for (char c : new String(codes.toByteArray(), Charset.forName("GBK")).toCharArray()) {
            if (Tokenizer.isHan(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
