package gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders a build has made, so that each costs one system call per build rather than one per
 * file written into it; safe from several threads (a folder being made holds back only the
 * writers into it).
 */
final class Folders {
    private final Map<Path, Boolean> made = new ConcurrentHashMap<>();

    /** Makes {@code folder} and its parents unless this build already did. */
    void ensure(Path folder) {
        made.computeIfAbsent(folder, Folders::make);
    }

    /** Forgets what was made: a new build checks again. */
    void clear() {
        made.clear();
    }

    private static Boolean make(Path folder) {
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
