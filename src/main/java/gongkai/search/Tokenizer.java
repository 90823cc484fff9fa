package gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cuts text into the terms of the search index: every Chinese character (unigram) and every pair
 * of neighbouring characters (bigram) of a run of Han script, and every run of other letters and
 * digits as one word. Bigrams need no dictionary that goes stale with new agency or place names;
 * unigrams answer one-character queries. {@code search.js} cuts queries the same way.
 */
public final class Tokenizer {
    /** Longest word kept; longer runs of letters or digits are cut, as nobody types them. */
    static final int MAX_WORD = 40;

    private Tokenizer() {}

    /**
     * Folds width and case (Unicode NFKC, then lower case), so that ２０２３ and 2023, Ａ and a are
     * the same term. Common Chinese text is folded character by character: NFKC of the whole text
     * is only needed for rarer characters, and is far slower on a large portal.
     */
    public static String normalize(String text) {
        char[] out = new char[text.length()];
        if (fold(text, out, 0) < 0) {
            return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        }
        return new String(out);
    }

    /**
     * Writes {@code text} folded as {@link #normalize} does into {@code out} from {@code at}, if it
     * holds only common characters, so a caller can fold several texts into one buffer without a
     * string each; returns where the folded text ends, or -1 when {@code text} needs full NFKC.
     */
    static int fold(String text, char[] out, int at) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3029 || c == 0x2014 || c == 0x2018
                    || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x00B7) {
                out[at++] = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                char a = (char) (c - 0xFEE0);
                out[at++] = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
            } else if (c == 0x3000) {
                out[at++] = ' ';
            } else {
                return -1;
            }
        }
        return at;
    }

    public static boolean isHan(int codePoint) {
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return true; // the common ideographs, nearly every character of the text
        }
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
    }

    /**
     * Receives the terms of a text. Terms of one or two Chinese characters of the basic plane —
     * nearly all of them — come as an {@code int} key (see {@link #key}), so a large portal is
     * indexed without a string per occurrence; every other term comes as a string.
     */
    public interface TermSink {
        void han(int key);

        void other(String term);
    }

    /** The key of a one- ({@code second} 0) or two-character term; never 0. */
    public static int key(char first, char second) {
        return first << 16 | second;
    }

    /** The term a key stands for. */
    public static String term(int key) {
        char first = (char) (key >>> 16);
        char second = (char) key;
        return second == 0 ? String.valueOf(first) : new String(new char[] {first, second});
    }

    /** Calls {@code sink} with every term occurrence of already normalized {@code text}, in order. */
    public static void forEachTerm(String text, TermSink sink) {
        forEachTerm(text.toCharArray(), text.length(), sink);
    }

    /** The same for the first {@code n} characters of {@code text}, which an indexer reuses from text to text. */
    static void forEachTerm(char[] text, int n, TermSink sink) {
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i, n);
            if (isHan(cp)) {
                int prev = -1;
                while (i < n && isHan(cp = Character.codePointAt(text, i, n))) {
                    if (cp < 0x10000) {
                        sink.han(key((char) cp, (char) 0));
                    } else {
                        sink.other(Character.toString(cp));
                    }
                    if (prev >= 0 && cp < 0x10000 && prev < 0x10000) {
                        sink.han(key((char) prev, (char) cp));
                    } else if (prev >= 0) {
                        sink.other(Character.toString(prev) + Character.toString(cp));
                    }
                    prev = cp;
                    i += Character.charCount(cp);
                }
            } else if (isWordChar(cp)) {
                int start = i;
                while (i < n && isWordChar(cp = Character.codePointAt(text, i, n))) {
                    i += Character.charCount(cp);
                }
                sink.other(new String(text, start, Math.min(i, start + MAX_WORD) - start));
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** The same, every term as a string. */
    public static void forEachTerm(String text, Consumer<String> sink) {
        forEachTerm(text, new TermSink() {
            @Override
            public void han(int key) {
                sink.accept(term(key));
            }

            @Override
            public void other(String term) {
                sink.accept(term);
            }
        });
    }

    /**
     * The terms a query is matched on: bigrams of each Han run (a single character stands for
     * itself) and each word, without repeats, in order.
     */
    public static List<String> queryTerms(String query) {
        String text = normalize(query);
        Set<String> terms = new LinkedHashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int start = i;
            if (isHan(cp)) {
                List<String> chars = new ArrayList<>();
                while (i < n && isHan(cp = text.codePointAt(i))) {
                    chars.add(Character.toString(cp));
                    i += Character.charCount(cp);
                }
                if (chars.size() == 1) {
                    terms.add(chars.get(0));
                }
                for (int k = 1; k < chars.size(); k++) {
                    terms.add(chars.get(k - 1) + chars.get(k));
                }
            } else if (isWordChar(cp)) {
                while (i < n && isWordChar(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                terms.add(text.substring(start, Math.min(i, start + MAX_WORD)));
            } else {
                i += Character.charCount(cp);
            }
        }
        return List.copyOf(terms);
    }
}
