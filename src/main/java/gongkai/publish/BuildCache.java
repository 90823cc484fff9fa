package gongkai.publish;

import gongkai.model.Fingerprint;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a build remembers of the site it published, for the next build into the same folder: the
 * fingerprint of each page's inputs, the ids each page file offered, and every file with its size,
 * time and identity on disk just after publishing. It lives beside the site ({@code .site.cache}
 * for {@code site}), never in it, so it is not published.
 *
 * <p>Nothing in it is trusted blindly. It belongs to one version of the tool, one state of the
 * templates folder and of the site settings (its {@linkplain #key key}); a file counts as what
 * the last build wrote only while its size, time and identity are unchanged, so a site edited by
 * hand, or updated by a preview server, or by another build, is rendered again where it differs.
 */
public final class BuildCache {
    private static final int MAGIC = 0x474b4331;

    /**
     * What was remembered.
     *
     * @param pages the fingerprint of each page's inputs, by page path
     * @param ids the ids each page file offered, by file
     * @param files every file of the build
     * @param intact the files that are still as the build wrote them
     */
    public record Memory(Map<String, Long> pages, Map<String, PageIds> ids, Set<String> files, Set<String> intact) {}

    /** A file's size, modification time and identity on disk. */
    private record Stamp(long size, long modified, long identity) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                throw new NoSuchFileException(file.toString());
            }
            Object key = a.fileKey();
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? 0 : Fingerprint.of(key.toString()));
        }
    }

    private BuildCache() {}

    /** Where the memory of the site in {@code site} is kept. */
    static Path fileOf(Path site) {
        Path target = site.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".cache");
    }

    /**
     * What the output a build renders depends on besides its pages' inputs: this tool's code,
     * every file of the templates folder and the site settings ({@code settings}, a value
     * {@link Fingerprint#ofValue} can read). Zero when it cannot be known, which matches no memory.
     */
    public static long key(Path templates, Object settings) {
        var site = Fingerprint.ofValue(settings);
        if (site.isEmpty()) {
            return 0;
        }
        try {
            long key = Fingerprint.mix(site.getAsLong() ^ folder(templates));
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            key = Fingerprint.mix(key ^ (Files.isDirectory(code) ? folder(code) : Fingerprint.of(Files.readAllBytes(code))));
            return Fingerprint.mix(key ^ Fingerprint.of(System.getProperty("java.class.path", "")));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return 0;
        }
    }

    /** Every file of {@code dir}, by relative path and bytes. */
    private static long folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long h = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                h += Fingerprint.mix(Fingerprint.of(dir.relativize(f).toString()) * 31 ^ Fingerprint.of(Files.readAllBytes(f)));
            }
        }
        return h;
    }

    /**
     * The memory of the site in {@code site} if it was saved with {@code key}; null when there is
     * none, it was saved with another key, or it cannot be read (then the build renders everything).
     */
    public static Memory load(Path site, long key) {
        Path file = fileOf(site);
        if (key == 0 || !Files.isRegularFile(file)) {
            return null;
        }
        Map<String, Long> pages = new HashMap<>();
        Map<String, PageIds> ids = new HashMap<>();
        Map<String, Stamp> stamps = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readLong() != key) {
                return null;
            }
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                stamps.put(path, new Stamp(in.readLong(), in.readLong(), in.readLong()));
                long[] prints = new long[in.readInt()];
                for (int i = 0; i < prints.length; i++) {
                    prints[i] = in.readLong();
                }
                if (prints.length > 0) {
                    ids.put(path, PageIds.ofPrints(prints));
                }
            }
            for (int n = in.readInt(); n > 0; n--) {
                pages.put(in.readUTF(), in.readLong());
            }
        } catch (IOException | RuntimeException e) {
            // A memory cut short or from another format is no memory: the build renders everything.
            return null;
        }
        Path root = site.toAbsolutePath().normalize();
        Set<String> intact = ConcurrentHashMap.newKeySet();
        stamps.entrySet().parallelStream().forEach(e -> {
            try {
                if (Stamp.of(root.resolve(e.getKey())).equals(e.getValue())) {
                    intact.add(e.getKey());
                }
            } catch (IOException gone) {
                // Not intact.
            }
        });
        return new Memory(pages, ids, Collections.unmodifiableSet(stamps.keySet()), intact);
    }

    /**
     * Saves what the build just published into {@code site} remembers: the stamp of each of its
     * {@code files} as they are now, their {@code ids}, the {@code pages}' fingerprints. Written
     * aside and renamed into place, so a reader sees the old memory or the new one. A site file
     * that cannot be read is left out, and is rendered again next time.
     */
    public static void save(Path site, long key, Map<String, Long> pages, Map<String, PageIds> ids, Set<String> files) {
        if (key == 0) {
            return;
        }
        Path root = site.toAbsolutePath().normalize();
        Map<String, Stamp> stamps = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            try {
                stamps.put(f, Stamp.of(root.resolve(f)));
            } catch (IOException gone) {
                // Left out: not intact next time.
            }
        });
        Path file = fileOf(site);
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeLong(key);
                out.writeInt(stamps.size());
                for (Map.Entry<String, Stamp> e : stamps.entrySet()) {
                    String f = e.getKey();
                    Stamp s = e.getValue();
                    out.writeUTF(f);
                    out.writeLong(s.size());
                    out.writeLong(s.modified());
                    out.writeLong(s.identity());
                    PageIds pageIds = ids.get(f);
                    long[] prints = pageIds == null ? new long[0] : pageIds.prints();
                    out.writeInt(prints.length);
                    for (long p : prints) {
                        out.writeLong(p);
                    }
                }
                out.writeInt(pages.size());
                for (Map.Entry<String, Long> e : pages.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeLong(e.getValue());
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
