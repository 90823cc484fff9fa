package gongkai.search;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The ascending document numbers one term occurs in, kept compact while the index is built (deltas
 * in 7-bit groups) and written in whichever of two forms is shorter: deltas in base-64 digits, or
 * a bitmap for terms most documents contain.
 */
final class PostingList {
    /** Base-64 digits safe inside JSON strings and URLs; {@code search.js} decodes the same alphabet. */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Marks a bitmap; every other list is deltas. */
    static final char BITMAP = '~';

    private byte[] data = new byte[4];
    private int size;
    private int last = -1;
    private int count;
    /** The written form, kept by {@link #encodeKept} until the list changes. */
    private String encoded;

    /** Adds {@code doc}, which must be greater than every number added before. */
    void add(int doc) {
        encoded = null;
        int delta = doc - last;
        last = doc;
        count++;
        while (size + 5 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        size = put(data, size, delta);
    }

    int count() {
        return count;
    }

    /** The bytes {@link #save} takes. */
    int savedSize() {
        return 3 * Integer.BYTES + size;
    }

    /** Puts the list into {@code out} as it is kept, for {@link #restore} in the next build. */
    void save(ByteBuffer out) {
        out.putInt(count).putInt(last).putInt(size).put(data, 0, size);
    }

    /** The list {@link #save} put at {@code in}'s position; throws when the bytes are not such a list. */
    static PostingList restore(ByteBuffer in) {
        PostingList list = new PostingList();
        list.count = in.getInt();
        list.last = in.getInt();
        list.size = in.getInt();
        if (list.count < 0 || list.size < list.count || list.size > in.remaining()) {
            throw new IllegalArgumentException("not a saved list");
        }
        list.data = new byte[Math.max(4, list.size)];
        in.get(list.data, 0, list.size);
        return list;
    }

    /**
     * Puts {@code doc} in the list or takes it out, wherever it falls: for a preview that patches
     * the last build's index where a document changed, rather than building it again. Only the
     * deltas around {@code doc} are rewritten. Returns whether the list changed.
     */
    boolean set(int doc, boolean present) {
        int pos = 0;
        int prev = -1;
        for (int k = 0; k < count; k++) {
            int at = pos;
            long read = read(pos);
            int delta = (int) (read >>> 32);
            pos = (int) read;
            int current = prev + delta;
            if (current == doc) {
                if (!present) {
                    remove(at, pos, k, prev, delta);
                }
                return !present;
            }
            if (current > doc) {
                if (present) {
                    splice(at, pos, doc - prev, current - doc);
                    count++;
                }
                return present;
            }
            prev = current;
        }
        if (present) {
            add(doc);
        }
        return present;
    }

    /** Takes out element {@code k}, whose delta {@code delta} is at bytes {@code at} to {@code end}. */
    private void remove(int at, int end, int k, int prev, int delta) {
        if (k == count - 1) {
            splice(at, end);
            last = prev;
        } else {
            long next = read(end);
            splice(at, (int) next, delta + (int) (next >>> 32));
        }
        count--;
    }

    /** Replaces bytes {@code from} to {@code to} with {@code deltas}. */
    private void splice(int from, int to, int... deltas) {
        byte[] put = new byte[5 * deltas.length];
        int n = 0;
        for (int delta : deltas) {
            n = put(put, n, delta);
        }
        int newSize = size - (to - from) + n;
        byte[] out = newSize <= data.length ? data : Arrays.copyOf(data, Math.max(newSize, data.length * 2));
        System.arraycopy(data, to, out, from + n, size - to);
        System.arraycopy(put, 0, out, from, n);
        data = out;
        size = newSize;
        encoded = null;
    }

    /** Writes {@code delta} at {@code at} in 7-bit groups, low first; returns the end. */
    private static int put(byte[] out, int at, int delta) {
        while (delta >= 0x80) {
            out[at++] = (byte) (delta & 0x7F | 0x80);
            delta >>>= 7;
        }
        out[at++] = (byte) delta;
        return at;
    }

    /** The delta at byte {@code pos} and the position after it, as {@code delta << 32 | end}. */
    private long read(int pos) {
        int delta = 0;
        int shift = 0;
        int b;
        do {
            b = data[pos++];
            delta |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return (long) delta << 32 | pos;
    }

    int[] docs() {
        int[] out = new int[count];
        int pos = 0;
        int doc = -1;
        for (int k = 0; k < count; k++) {
            long read = read(pos);
            doc += (int) (read >>> 32);
            pos = (int) read;
            out[k] = doc;
        }
        return out;
    }

    /** As {@link #encode}, kept until the list changes: for a preview, whose next build writes most lists again unchanged. */
    String encodeKept() {
        if (encoded == null) {
            encoded = encode();
        }
        return encoded;
    }

    /**
     * The list as written into the index: the shorter of deltas and bitmap. The length of the
     * deltas is counted first, so that only the form written is built, straight to its size.
     */
    String encode() {
        int[] docs = docs();
        if (docs.length == 0) {
            return "";
        }
        int deltaLength = 0;
        int prev = -1;
        for (int d : docs) {
            deltaLength += digits(d - prev);
            prev = d;
        }
        int bitmapLength = docs[docs.length - 1] / 6 + 2;
        if (bitmapLength >= deltaLength) {
            char[] out = new char[deltaLength];
            int at = 0;
            prev = -1;
            for (int d : docs) {
                at = writeNumber(out, at, d - prev);
                prev = d;
            }
            return new String(out);
        }
        int[] bits = new int[bitmapLength - 1];
        for (int d : docs) {
            bits[d / 6] |= 1 << (d % 6);
        }
        char[] out = new char[bitmapLength];
        out[0] = BITMAP;
        for (int i = 0; i < bits.length; i++) {
            out[i + 1] = DIGITS.charAt(bits[i]);
        }
        return new String(out);
    }

    /** How many 5-bit groups {@code n} (at least 1) takes. */
    private static int digits(int n) {
        int groups = 1;
        while (n >>> (5 * groups) != 0) {
            groups++;
        }
        return groups;
    }

    /** Writes {@code n} at {@code at} in 5-bit groups, high first, every group but the last with 32 added; returns the end. */
    private static int writeNumber(char[] out, int at, int n) {
        for (int g = digits(n) - 1; g > 0; g--) {
            out[at++] = DIGITS.charAt(32 | (n >>> (5 * g)) & 31);
        }
        out[at++] = DIGITS.charAt(n & 31);
        return at;
    }
}
