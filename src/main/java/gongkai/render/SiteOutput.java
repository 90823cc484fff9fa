package gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files of a site go, by site-relative path. Rendering only produces bytes; the publish
 * stage decides how they reach the disk (for instance, keeping a file of the previous build whose
 * bytes have not changed). Implementations are safe from several threads.
 */
public interface SiteOutput {
    /** Writes {@code data} as the file at {@code path} (site-relative, '/'-separated). */
    void write(String path, byte[] data);

    /**
     * The file at {@code path} has the same bytes as in the previous build into this output, so
     * it need not be produced again.
     */
    void keep(String path);

    /** Copies a content file (a picture, a video) to {@code path}. */
    default void copy(String path, Path source) {
        try {
            write(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
