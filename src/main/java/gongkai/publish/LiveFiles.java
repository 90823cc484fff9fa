package gongkai.publish;

import gongkai.model.Fingerprint;
import gongkai.render.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the folder of a local preview up to date in place, for {@code serve}, across its builds:
 * a file is written only when its bytes differ from what is there (through a temporary file and a
 * rename, so the preview never serves half a page), and the files a build no longer has are
 * removed when it ends. A rebuild after one edit thus touches a handful of files instead of
 * swapping in a whole new site; {@link Publisher} keeps the all-or-nothing swap for
 * {@code build}, the one that is published.
 *
 * <p>To compare without reading every file back, it remembers a 64-bit digest and the length of
 * each file it wrote or found; a file it has not seen yet is compared byte for byte.
 */
public final class LiveFiles implements SiteOutput {
    private final Path site;
    private final Map<String, Long> digests = new ConcurrentHashMap<>();
    private final Folders folders = new Folders();
    private Set<String> before;
    private Set<String> files = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();

    /**
     * @throws Publisher.Refused when {@code site} holds files but is not a built site (no
     *     {@code index.html}): updating it would delete them
     */
    public LiveFiles(Path site) {
        this.site = site;
        this.before = list(site);
        if (!before.isEmpty() && !before.contains("index.html")) {
            throw new Publisher.Refused("预览目录 " + site + " 已存在，但不是生成的网站（其中没有 index.html）。预览会删除其中不属于网站的文件，"
                    + "为免误删，未做任何改动。请用 --out 指定新的或空的目录。");
        }
    }

    /** Starts a build: from now on, the files written or kept are this build's. */
    public void begin() {
        files = ConcurrentHashMap.newKeySet();
        written.set(0);
        folders.clear();
    }

    @Override
    public void write(String path, byte[] data) {
        files.add(path);
        long digest = Fingerprint.of(data);
        Long known = digests.get(path);
        Path file = site.resolve(path);
        if (known != null ? known == digest : sameOnDisk(file, data)) {
            digests.put(path, digest);
            return;
        }
        folders.ensure(file.getParent());
        try {
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + Thread.currentThread().getId());
            Files.write(tmp, data);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digests.put(path, digest);
    }

    @Override
    public void keep(String path) {
        files.add(path);
    }

    /** Ends a build: deletes the files of the previous build that this one did not produce; returns how many. */
    public int end() {
        int removed = 0;
        for (String f : before) {
            if (!files.contains(f)) {
                digests.remove(f);
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
        before = Set.copyOf(files);
        return removed;
    }

    /** Every file of the current build, site-relative: a view, which the next {@link #begin} leaves as it was. */
    public Set<String> files() {
        return Collections.unmodifiableSet(files);
    }

    /** How many files the current build wrote (changed or new). */
    public int written() {
        return written.get();
    }

    private static boolean sameOnDisk(Path file, byte[] data) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == data.length
                    && Arrays.equals(Files.readAllBytes(file), data);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
