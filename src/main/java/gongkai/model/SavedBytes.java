package gongkai.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of something a build saves for the next (an entry of the search index's memory, the
 * memory of the site's files), written as they come, the buffer growing as needed: numbers, and
 * texts as their UTF-8 length and bytes, which {@link #string} reads back.
 */
public final class SavedBytes {
    private ByteBuffer out;

    public SavedBytes(int capacity) {
        out = ByteBuffer.allocate(Math.max(64, capacity));
    }

    public SavedBytes putInt(int value) {
        room(Integer.BYTES).putInt(value);
        return this;
    }

    public SavedBytes putLong(long value) {
        room(Long.BYTES).putLong(value);
        return this;
    }

    public SavedBytes put(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        room(Integer.BYTES + bytes.length).putInt(bytes.length).put(bytes);
        return this;
    }

    /** The buffer, with room for {@code bytes} more, for a value that writes itself. */
    public ByteBuffer room(int bytes) {
        if (out.remaining() < bytes) {
            ByteBuffer grown = ByteBuffer.allocate(Math.max(2 * out.capacity(), out.position() + bytes));
            out = grown.put(out.flip());
        }
        return out;
    }

    /** What was written, ready to be read. */
    public ByteBuffer flip() {
        return out.flip();
    }

    /** The text {@link #put(String)} wrote at {@code in}'s position. */
    public static String string(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
