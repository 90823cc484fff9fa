package gongkai.publish;

import gongkai.render.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a build into its staging folder. A file whose bytes equal those of the same file in the
 * site being replaced is hard-linked from it instead of written again: a rebuild after a small
 * edit writes only the files that change, while the staging folder still becomes a complete site
 * that replaces the old one in a single rename. Bytes are compared, not timestamps or a manifest,
 * so a site edited by hand is never trusted blindly.
 */
public final class StagingFiles implements SiteOutput {
    private final Path staging;
    private final Path previous;
    private final Folders folders = new Folders();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    /** What happened to the files: written anew, or kept from the previous site; all their bytes. */
    public record Summary(int written, int kept, long bytes) {}

    /**
     * @param previous the published site this build replaces, or null for none
     */
    public StagingFiles(Path staging, Path previous) {
        this.staging = staging;
        this.previous = previous;
    }

    @Override
    public void write(String path, byte[] data) {
        Path file = staging.resolve(path);
        folders.ensure(file.getParent());
        files.add(path);
        bytes.addAndGet(data.length);
        try {
            if (previous != null && sameBytes(previous.resolve(path), data)) {
                try {
                    Files.createLink(file, previous.resolve(path));
                    kept.incrementAndGet();
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    // No hard links here (another file system, a restrictive mount): write the copy.
                }
            }
            Files.write(file, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void keep(String path) {
        Path file = staging.resolve(path);
        folders.ensure(file.getParent());
        files.add(path);
        try {
            Files.createLink(file, previous.resolve(path));
            kept.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the build so far, site-relative. */
    public Set<String> files() {
        return Set.copyOf(files);
    }

    public Summary summary() {
        return new Summary(written.get(), kept.get(), bytes.get());
    }

    private static boolean sameBytes(Path old, byte[] data) throws IOException {
        try {
            return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == data.length && Arrays.equals(Files.readAllBytes(old), data);
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
