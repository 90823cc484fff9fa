package gongkai.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * 64-bit fingerprints of texts and bytes: to tell whether something changed, or to name a version.
 * Fast, and well mixed, which is all that is needed where nobody gains by forging a collision.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** The fingerprint of {@code data}: eight bytes a step, each step mixed, the length folded in. */
    public static long of(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long h = 0x9E3779B97F4A7C15L ^ data.length;
        int i = 0;
        for (; i + 8 <= data.length; i += 8) {
            h = mix(h ^ b.getLong(i));
        }
        long tail = 0;
        for (int k = data.length - 1; k >= i; k--) {
            tail = (tail << 8) | (data[k] & 0xFF);
        }
        return mix(mix(h ^ tail) ^ data.length);
    }

    /** The fingerprint of {@code text}: FNV-1a over its UTF-16 units. */
    public static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Mixes a running fingerprint with one more value. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
