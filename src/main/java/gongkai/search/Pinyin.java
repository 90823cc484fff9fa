package gongkai.search;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Toneless pinyin for search keys, from the dictionaries of {@code com.github.houbb:pinyin}: a
 * word is read with its phrase dictionary, so polyphones come out as they are said in that word
 * (重庆 chong qing, 银行 yin hang). ü is written v, as people type it. Only the build uses this;
 * the browser gets the keys it needs inside the index.
 */
public final class Pinyin {
    private Pinyin() {}

    /**
     * The library's dictionaries, loaded when this class is initialized: on first reading, not
     * when only {@link #fuzzy} and the like are used, which need none.
     */
    private static final class Dictionaries {
        static {
            // The library loads its dictionaries on first use without guarding against other threads:
            // loaded concurrently, some words came out without readings, differing from run to run.
            // Class initialization runs once, before any thread can use this class.
            PinyinHelper.toPinyin("重庆银行", PinyinStyleEnum.NORMAL, " ");
            PinyinHelper.toPinyinList('行', PinyinStyleEnum.NORMAL);
        }

        static void load() {
            // Nothing more: calling this initializes the class.
        }
    }

    /** Loads the dictionaries now, if they are not loaded yet. */
    static void load() {
        Dictionaries.load();
    }

    /**
     * The syllables of {@code han}, one per character, read in context; empty when a character has
     * no reading in the dictionary (rare characters outside the basic plane included).
     */
    public static List<String> syllables(String han) {
        for (int i = 0; i < han.length(); i++) {
            char c = han.charAt(i);
            if (Character.isSurrogate(c) || !Tokenizer.isHan(c)) {
                return List.of();
            }
        }
        Dictionaries.load();
        String[] parts = PinyinHelper.toPinyin(han, PinyinStyleEnum.NORMAL, " ").split(" ");
        if (parts.length != han.length()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            String s = clean(p);
            if (s.isEmpty()) {
                return List.of();
            }
            out.add(s);
        }
        return out;
    }

    /** Every reading of one character, most common first. */
    public static List<String> readings(char c) {
        if (Character.isSurrogate(c) || !Tokenizer.isHan(c)) {
            return List.of();
        }
        Dictionaries.load();
        Set<String> out = new LinkedHashSet<>();
        for (String p : PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL)) {
            String s = clean(p);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static String clean(String syllable) {
        String s = syllable.strip().toLowerCase(Locale.ROOT).replace('ü', 'v');
        return s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') ? s : "";
    }

    /**
     * The syllable with the sounds many speakers do not tell apart folded together (模糊音):
     * zh/z, ch/c, sh/s, n/l at the start, ang/an, eng/en, ing/in at the end. A wrong character of
     * similar sound then has the same key as the right one.
     */
    public static String fuzzy(String syllable) {
        String s = syllable;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            s = s.charAt(0) + s.substring(2);
        } else if (s.startsWith("n") && s.length() > 1) {
            s = "l" + s.substring(1);
        }
        if (s.endsWith("ang") || s.endsWith("eng") || s.endsWith("ing")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The fuzzy key of a run of syllables, e.g. 养老 → {@code yanlao}. */
    public static String fuzzyKey(List<String> syllables) {
        StringBuilder sb = new StringBuilder();
        syllables.forEach(s -> sb.append(fuzzy(s)));
        return sb.toString();
    }

    /** The first letters, e.g. 养老服务 → {@code ylfw}, as people type abbreviations. */
    public static String initials(List<String> syllables) {
        StringBuilder sb = new StringBuilder();
        syllables.forEach(s -> sb.append(s.charAt(0)));
        return sb.toString();
    }
}
