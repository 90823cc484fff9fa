package gongkai.content;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a preview server remembers of the content files it read: the result of reading each file,
 * by path, with the size and modification time it had then. A file whose size and time are
 * unchanged is not read again. Only the files seen by the latest load are kept for the next.
 */
public final class ReadMemo {
    private record Stamp(long size, FileTime modified) {}

    private record Entry(Stamp stamp, Object read) {}

    private final Map<Path, Entry> previous;
    private final Map<Path, Entry> current = new ConcurrentHashMap<>();

    public ReadMemo() {
        this(Map.of());
    }

    private ReadMemo(Map<Path, Entry> previous) {
        this.previous = previous;
    }

    /** The memo for the next load: the files this one saw. */
    public ReadMemo next() {
        return new ReadMemo(Collections.unmodifiableMap(current));
    }

    /** The remembered result for {@code file} when unchanged, else the result of {@code read}. */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, long size, FileTime modified, Supplier<T> read) {
        Stamp stamp = new Stamp(size, modified);
        Entry e = previous.get(file);
        T value = e != null && e.stamp().equals(stamp) ? (T) e.read() : read.get();
        current.put(file, new Entry(stamp, value));
        return value;
    }
}
