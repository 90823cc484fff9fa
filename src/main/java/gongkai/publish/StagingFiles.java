package gongkai.publish;

import gongkai.render.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of one build on their way to publication ({@link Publisher#publish}). A file whose
 * bytes equal those of the same file in the site being replaced is not written again; the others
 * go into the staging folder. {@link Publisher} then either moves the few changed files into the
 * site or, when most changed, completes the staging folder with links to the unchanged files and
 * swaps it in. A written file's bytes are compared with the old file's, not its time, so a site
 * edited by hand is never trusted blindly; a page the build did not render at all is kept
 * ({@link #keep}) only because {@link BuildCache} found its file as the last build left it.
 */
public final class StagingFiles implements SiteOutput {
    private final Path staging;
    private final Path previous;
    private final Folders folders = new Folders();
    private final AtomicLong bytes = new AtomicLong();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private volatile Listed listed;

    /** What happened to the files: written anew, or kept from the previous site; all their bytes. */
    public record Summary(int written, int kept, long bytes) {}

    /**
     * @param previous the published site this build replaces, or null for none
     */
    StagingFiles(Path staging, Path previous) {
        this.staging = staging;
        this.previous = previous;
    }

    @Override
    public void write(String path, byte[] data) {
        bytes.addAndGet(data.length);
        try {
            if (previous != null && sameBytes(previous.resolve(path), data)) {
                kept.add(path);
                return;
            }
            Path file = staging.resolve(path);
            folders.ensure(file.getParent());
            writeNew(file, data);
            written.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a new file in one system call where the kernel takes it all: {@link Files#write}
     * hands its bytes over 8 KB at a time, two or three calls for most pages, and in this kind of
     * virtual machine each call into the kernel costs microseconds of its own.
     */
    private static void writeNew(Path file, byte[] data) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer rest = ByteBuffer.wrap(data);
            while (rest.hasRemaining()) {
                channel.write(rest);
            }
        }
    }

    @Override
    public void keep(String path) {
        kept.add(path);
    }

    /**
     * Every file of the build so far, site-relative; not to be changed. Listed once for as long as
     * no file is added: the build and its publishing each ask, tens of thousands of files.
     */
    public Set<String> files() {
        // Files are only ever added, so equal counts before and after mean the same files.
        int w = written.size();
        int k = kept.size();
        Listed last = listed;
        if (last != null && last.written == w && last.kept == k) {
            return last.all;
        }
        Set<String> all = new HashSet<>(2 * (w + k));
        all.addAll(written);
        all.addAll(kept);
        Set<String> fixed = Collections.unmodifiableSet(all);
        if (written.size() == w && kept.size() == k) {
            listed = new Listed(w, k, fixed);
        }
        return fixed;
    }

    /** The files as {@link #files} listed them, when there were so many written and kept. */
    private record Listed(int written, int kept, Set<String> all) {}

    /** Where the file at {@code path} of this build is now: in the staging folder, or still in the previous site. */
    public Path locate(String path) {
        return written.contains(path) || previous == null ? staging.resolve(path) : previous.resolve(path);
    }

    public Summary summary() {
        return new Summary(written.size(), kept.size(), bytes.get());
    }

    Path staging() {
        return staging;
    }

    Path previous() {
        return previous;
    }

    Set<String> written() {
        return written;
    }

    Set<String> kept() {
        return kept;
    }

    /** Links the unchanged files from the previous site, making the staging folder a complete site. */
    void complete() {
        kept.parallelStream().forEach(path -> {
            Path file = staging.resolve(path);
            folders.ensure(file.getParent());
            try {
                try {
                    Files.createLink(file, previous.resolve(path));
                } catch (UnsupportedOperationException | IOException e) {
                    // No hard links here (another file system, a restrictive mount): copy.
                    Files.copy(previous.resolve(path), file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean sameBytes(Path old, byte[] data) throws IOException {
        try {
            return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == data.length && Arrays.equals(Files.readAllBytes(old), data);
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
