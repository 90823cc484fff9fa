package gongkai.content;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

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

    Sources(List<Path> files, Function<Path, Read> reader) {
        this.files = List.copyOf(files);
        this.reader = reader;
    }

    /** The files, in a stable order (by path). */
    public List<Path> files() {
        return files;
    }

    /** Reads {@code file}, one of {@link #files()}; safe from several threads. */
    public Read read(Path file) {
        return reader.apply(file);
    }
}
