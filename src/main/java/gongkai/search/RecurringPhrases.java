package gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phrases that recur across titles, for {@link Keywords}: closed frequent substrings, runs
 * of {@code min} to {@code max} characters found in at least two titles, dropping any that only
 * ever occurs inside one longer such run.
 *
 * <p>Counted length by length, extending only runs that were frequent one character shorter. A
 * run is known by a number, and a run one character longer by the numbers of its two shorter
 * runs (without its last character, without its first), so no substring is made until the
 * phrases are chosen: a large portal has millions of candidate runs in its titles.
 */
final class RecurringPhrases {
    /** Runs of one length: for each number, its shorter runs, where it first occurs, in how many titles. */
    private static final class Level {
        int size;
        int[] head = new int[1024];
        int[] tail = new int[1024];
        int[] at = new int[1024];
        int[] titles = new int[1024];
        int[] lastTitle = new int[1024];
        boolean[] subsumed;

        int add(int headId, int tailId, int position) {
            if (size == head.length) {
                head = Arrays.copyOf(head, size * 2);
                tail = Arrays.copyOf(tail, size * 2);
                at = Arrays.copyOf(at, size * 2);
                titles = Arrays.copyOf(titles, size * 2);
                lastTitle = Arrays.copyOf(lastTitle, size * 2);
            }
            head[size] = headId;
            tail[size] = tailId;
            at[size] = position;
            lastTitle[size] = -1;
            return size++;
        }
    }

    private RecurringPhrases() {}

    /** The phrases of titles given as their runs of Han characters, each with how many titles have it. */
    static List<Keywords.Keyword> find(List<List<String>> titles, int min, int max) {
        // Every run of every title in one array, a separator after each run so no phrase crosses it.
        int total = 0;
        for (List<String> runs : titles) {
            for (String run : runs) {
                total += run.length() + 1;
            }
        }
        char[] text = new char[total];
        int[] titleStart = new int[titles.size() + 1];
        int[] id = new int[total];
        int end = 0;
        for (int t = 0; t < titles.size(); t++) {
            titleStart[t] = end;
            for (String run : titles.get(t)) {
                run.getChars(0, run.length(), text, end);
                for (int i = 0; i < run.length(); i++) {
                    id[end + i] = run.charAt(i);
                }
                end += run.length();
                id[end++] = -1;
            }
        }
        titleStart[titles.size()] = end;

        // id[i] is the number of the run of the current length starting at i, or -1 when that run is
        // not frequent or does not fit; a character is its own number.
        List<Level> levels = new ArrayList<>();
        PairTable numbers = new PairTable();
        for (int length = 2; length <= max; length++) {
            Level level = new Level();
            numbers.clear();
            for (int t = 0; t < titles.size(); t++) {
                for (int i = titleStart[t]; i < titleStart[t + 1]; i++) {
                    // The last position is a separator, so a run's next position is always there.
                    int head = id[i];
                    int tail = head < 0 ? -1 : id[i + 1];
                    if (tail < 0) {
                        id[i] = -1;
                        continue;
                    }
                    int n = numbers.get(head, tail);
                    if (n < 0) {
                        n = level.add(head, tail, i);
                        numbers.put(head, tail, n);
                    }
                    if (level.lastTitle[n] != t) {
                        level.lastTitle[n] = t;
                        level.titles[n]++;
                    }
                    id[i] = n;
                }
            }
            boolean any = false;
            for (int i = 0; i < total; i++) {
                if (id[i] >= 0 && level.titles[id[i]] < 2) {
                    id[i] = -1;
                }
                any |= id[i] >= 0;
            }
            if (!any) {
                break;
            }
            level.subsumed = new boolean[level.size];
            levels.add(level);
        }

        // A run that occurs exactly as often as a run one character longer never stands alone.
        for (int l = 1; l < levels.size(); l++) {
            Level shorter = levels.get(l - 1);
            Level level = levels.get(l);
            for (int n = 0; n < level.size; n++) {
                if (level.titles[n] >= 2 && 2 + l > min) {
                    if (shorter.titles[level.head[n]] == level.titles[n]) {
                        shorter.subsumed[level.head[n]] = true;
                    }
                    if (shorter.titles[level.tail[n]] == level.titles[n]) {
                        shorter.subsumed[level.tail[n]] = true;
                    }
                }
            }
        }
        List<Keywords.Keyword> out = new ArrayList<>();
        for (int l = Math.max(0, min - 2); l < levels.size(); l++) {
            Level level = levels.get(l);
            for (int n = 0; n < level.size; n++) {
                if (level.titles[n] >= 2 && !level.subsumed[n]) {
                    out.add(new Keywords.Keyword(new String(text, level.at[n], l + 2), level.titles[n]));
                }
            }
        }
        return out;
    }

    /** Numbers of runs by the numbers of their two shorter runs: open addressing on the pair. */
    private static final class PairTable {
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;

        void clear() {
            Arrays.fill(keys, 0);
            size = 0;
        }

        /** The number of the pair, or -1. */
        int get(int head, int tail) {
            long key = key(head, tail);
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = i + 1 & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] == 0) {
                    return -1;
                }
            }
        }

        void put(int head, int tail, int value) {
            if (++size * 2 > keys.length) {
                grow();
            }
            insert(key(head, tail), value);
        }

        private void insert(long key, int value) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != 0) {
                i = i + 1 & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }

        /** Never 0, which marks a free slot: both numbers are at least 0. */
        private static long key(int head, int tail) {
            return (long) head << 32 | tail + 1L;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32);
        }
    }
}
