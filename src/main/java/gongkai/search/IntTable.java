package gongkai.search;

/**
 * A map from non-zero {@code int} keys to {@code int} values, open addressing, no boxing: the
 * index looks up tens of millions of Chinese term occurrences on a large portal, each by a key like this.
 */
final class IntTable {
    private int[] keys;
    private int[] values;
    private int size;

    IntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(int key, int missing) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = i + 1 & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == 0) {
                return missing;
            }
        }
    }

    /** Sets {@code key} to {@code value}. */
    void put(int key, int value) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            values[slot] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            values[slot] = value;
        }
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
