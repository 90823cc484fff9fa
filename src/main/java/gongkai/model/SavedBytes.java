package gongkai.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The bytes of something a build saves for the next (an entry of the search index's memory, the
 * memory of the site's files), written as they come: numbers, and texts as their UTF-8 length and
 * bytes, which {@link #string} reads back. The buffer grows as needed, or, given somewhere to
 * drain to, is drained there whenever it is full, so that a large file is written through a small
 * buffer.
 */
public final class SavedBytes {
    private ByteBuffer out;
    private final Consumer<ByteBuffer> drain;

    public SavedBytes(int capacity) {
        this(capacity, null);
    }

    /** Bytes drained into {@code drain} (null for none: the buffer grows instead) each time the buffer is full. */
    public SavedBytes(int capacity, Consumer<ByteBuffer> drain) {
        out = ByteBuffer.allocate(Math.max(64, capacity));
        this.drain = drain;
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
        if (out.remaining() < bytes && drain != null) {
            drain.accept(out.flip());
            out.clear();
        }
        if (out.remaining() < bytes) {
            ByteBuffer grown = ByteBuffer.allocate(Math.max(2 * out.capacity(), out.position() + bytes));
            out = grown.put(out.flip());
        }
        return out;
    }

    /** What was written (since the last drain), ready to be read. */
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
