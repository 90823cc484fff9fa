package gongkai.search;

/**
 * How keys are spread over files: FNV-1a over the UTF-16 code units of the key, the same in
 * {@code search.js}, and a power-of-two number of files of about {@link #TARGET_BYTES} each, so a
 * query fetches a few small files whatever the size of the portal.
 */
final class Shards {
    static final int TARGET_BYTES = 8 * 1024;

    private Shards() {}

    static int hash(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** The shard of {@code key} among {@code count}. */
    static int of(String key, int count) {
        return Integer.remainderUnsigned(hash(key), count);
    }

    /** How many files hold about {@code totalBytes}: a power of two, at least one. */
    static int count(long totalBytes) {
        long wanted = totalBytes / TARGET_BYTES;
        if (wanted <= 1) {
            return 1;
        }
        return (int) Math.min(1 << 16, Long.highestOneBit(wanted - 1) << 1);
    }
}
