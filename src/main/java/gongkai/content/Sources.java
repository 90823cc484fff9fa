package gongkai.content;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The files of one folder of records (policies, interpretations, ...), read one at a time when
 * asked. A large portal's records are checked as they are read and dropped afterwards, so the
 * parsed files of the whole portal are never in memory at once.
 */
public final class Sources {
    /** The result of reading one file: a document, or the problem that stopped it. */
    public record Read(SourceDoc doc, Problem problem) {}

    private final List<Path> files;
    private final Function<Path, Read> reader;
    private final ToLongFunction<Path> versions;

    Sources(List<Path> files, Function<Path, Read> reader) {
        this(files, reader, f -> 0);
    }

    Sources(List<Path> files, Function<Path, Read> reader, ToLongFunction<Path> versions) {
        this.files = List.copyOf(files);
        this.reader = reader;
        this.versions = versions;
    }

    /** The files, in a stable order (by path). */
    public List<Path> files() {
        return files;
    }

    /**
     * A fingerprint of the size, modification time and identity on disk {@code file} had when it
     * was found, which changes when the file does; 0 when unknown.
     */
    public long version(Path file) {
        return versions.applyAsLong(file);
    }

    /** Reads {@code file}, one of {@link #files()}; safe from several threads. */
    public Read read(Path file) {
        return reader.apply(file);
    }
}
