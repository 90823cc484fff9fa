package gongkai.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pinyin a build asks of {@link Pinyin}, remembered: the syllables of words and the readings
 * of characters, each worked out once. Seeded with what the last build asked (see {@link
 * SavedSearch}), a build after an edit reads only its new words, and then never loads the
 * dictionaries, which take most of a second of one core and a hundred megabytes of allocation.
 */
final class Sounds {
    private final Map<String, List<String>> knownWords;
    private final Map<Character, List<String>> knownChars;
    private final Map<String, List<String>> words = new ConcurrentHashMap<>();
    private final Map<Character, List<String>> chars = new ConcurrentHashMap<>();

    Sounds() {
        this(Map.of(), Map.of());
    }

    /** Sounds that answer from {@code knownWords} and {@code knownChars} before asking {@link Pinyin}. */
    Sounds(Map<String, List<String>> knownWords, Map<Character, List<String>> knownChars) {
        this.knownWords = knownWords;
        this.knownChars = knownChars;
    }

    /** {@link Pinyin#syllables} of {@code han}. */
    List<String> syllables(String han) {
        return words.computeIfAbsent(han, w -> {
            List<String> known = knownWords.get(w);
            return known != null ? known : Pinyin.syllables(w);
        });
    }

    /** {@link Pinyin#readings} of {@code c}. */
    List<String> readings(char c) {
        return chars.computeIfAbsent(c, ch -> {
            List<String> known = knownChars.get(ch);
            return known != null ? known : Pinyin.readings(ch);
        });
    }

    /** The words asked so far, with their syllables. */
    Map<String, List<String>> words() {
        return words;
    }

    /** The characters asked so far, with their readings. */
    Map<Character, List<String>> chars() {
        return chars;
    }
}
