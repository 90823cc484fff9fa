package gongkai.publish;

import gongkai.render.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Updates the folder of a local preview in place, for {@code serve}: a file is written only when
 * its bytes differ from what is there (each through a temporary file and a rename, so the preview
 * never serves half a page), and {@link #prune} removes the files the build no longer has. A
 * rebuild after one edit thus touches a handful of files instead of swapping in a whole new site;
 * {@link Publisher} keeps the all-or-nothing swap for {@code build}, the one that is published.
 */
public final class LiveFiles implements SiteOutput {
    private final Path site;
    private final Set<String> before;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();

    /**
     * @param before the files of the previous build into {@code site}, or null to list the folder
     */
    public LiveFiles(Path site, Set<String> before) {
        this.site = site;
        this.before = before != null ? before : list(site);
    }

    @Override
    public void write(String path, byte[] data) {
        files.add(path);
        Path file = site.resolve(path);
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == data.length
                    && Arrays.equals(Files.readAllBytes(file), data)) {
                return;
            }
        } catch (NoSuchFileException e) {
            // Deleted meanwhile: write it.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folders.computeIfAbsent(file.getParent(), LiveFiles::makeFolder);
        try {
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + Thread.currentThread().getId());
            Files.write(tmp, data);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void keep(String path) {
        files.add(path);
    }

    /** Deletes the files of the previous build that this one did not produce; returns how many. */
    public int prune() {
        int removed = 0;
        for (String f : before) {
            if (!files.contains(f)) {
                try {
                    Path file = site.resolve(f);
                    Files.deleteIfExists(file);
                    removed++;
                    // A full build has no empty folders, so neither may the preview.
                    for (Path dir = file.getParent(); !dir.equals(site) && isEmpty(dir); dir = dir.getParent()) {
                        Files.delete(dir);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return removed;
    }

    /** Every file of this build, site-relative. */
    public Set<String> files() {
        return Set.copyOf(files);
    }

    /** How many files were written (changed or new). */
    public int written() {
        return written.get();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Set<String> list(Path site) {
        if (!Files.isDirectory(site)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean makeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
