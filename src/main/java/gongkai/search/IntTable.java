package gongkai.search;

/**
 * A map from non-zero {@code int} keys to {@code int} values, open addressing, no boxing: the
 * index looks up tens of millions of Chinese term occurrences on a large portal, each by a key
 * like this. Each key sits beside its value, so a lookup reads one place in memory.
 */
final class IntTable {
    /** Key of slot i at 2i, its value at 2i + 1; key 0 marks a free slot. */
    private int[] slots;
    private int size;

    IntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new int[2 * capacity];
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(int key, int missing) {
        int mask = slots.length / 2 - 1;
        for (int i = mix(key) & mask; ; i = i + 1 & mask) {
            int k = slots[2 * i];
            if (k == key) {
                return slots[2 * i + 1];
            }
            if (k == 0) {
                return missing;
            }
        }
    }

    /** Sets {@code key} to {@code value}. */
    void put(int key, int value) {
        int i = slot(key);
        if (slots[2 * i] == 0) {
            slots[2 * i] = key;
            slots[2 * i + 1] = value;
            if (++size * 4 > slots.length) {
                grow();
            }
        } else {
            slots[2 * i + 1] = value;
        }
    }

    private int slot(int key) {
        int mask = slots.length / 2 - 1;
        int i = mix(key) & mask;
        while (slots[2 * i] != 0 && slots[2 * i] != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], old[i + 1]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
