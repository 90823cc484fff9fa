package gongkai.publish;

import gongkai.model.Background;
import gongkai.model.EntryFile;
import gongkai.model.Fingerprint;
import gongkai.model.SavedBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What a build remembers of the site it published, for the next build into the same folder: the
 * fingerprint of each page's inputs, the ids each page file offered, and every file and folder
 * with its size, time and identity on disk just after publishing; and, in a file of its own, the
 * search index's memory ({@code gongkai.search.SavedSearch}), which names the state of the site it
 * belongs to (its generation). Both live beside the site ({@code .site.cache} and {@code
 * .site.cache-search} for {@code site}), never in it, so they are not published.
 *
 * <p>Nothing in it is trusted blindly. It belongs to one version of the tool, one state of the
 * templates folder and of the site settings (its {@linkplain #key key}); a file counts as what
 * the last build wrote only while its size, time and identity are unchanged, so a site edited by
 * hand, or updated by a preview server, or by another build, is rendered again where it differs.
 * Its list of files stands for the site's only while no folder of the site changed (a file added
 * or removed changes its folder's time), which spares walking tens of thousands of files.
 */
public final class BuildCache {
    static final int MAGIC = 0x474b4337;

    /**
     * What was remembered.
     *
     * @param pages the fingerprint of each page's inputs, by page path
     * @param quick the key of each page's inputs known without building its view, by page path,
     *     for the pages that have one ({@code RenderMemo})
     * @param ids the ids each page file offered, by file
     * @param files every file of the build
     * @param intact the files that are still as the build wrote them
     * @param listing the files in the site now: {@code files} when no folder of the site changed
     *     since, else null (unknown without walking the site)
     * @param generation the state of the site the memory describes, named by the build that saved it
     * @param search the search index's memory saved with it, or null
     * @param seen the stamps of the intact files and unchanged folders as loading found them
     */
    public record Memory(Map<String, Long> pages, Map<String, Long> quick, Map<String, PageIds> ids, Set<String> files, Set<String> intact,
            Set<String> listing, long generation, Path search, Seen seen) {}

    /**
     * The stamps loading found on the files and folders that were as the last build left them:
     * still right after this build for those it did not touch, so saving need not read them again.
     * The stamps remembered, less those loading found {@code changed}.
     */
    record Seen(Map<String, Stamp> files, Set<String> changedFiles, Map<String, Stamp> folders, Set<String> changedFolders) {
        static final Seen NONE = new Seen(Map.of(), Set.of(), Map.of(), Set.of());

        Stamp file(String path) {
            return changedFiles.contains(path) ? null : files.get(path);
        }

        Stamp folder(String path) {
            return changedFolders.contains(path) ? null : folders.get(path);
        }
    }

    /**
     * What a build remembers of its pages: the fingerprints of their inputs, their quick keys
     * ({@code RenderMemo}), the ids of their files, the name it gives the state of the site it published ({@code generation}), and the
     * search index's memory it wrote into {@link #searchScratch} (null for none).
     */
    public record Pages(Map<String, Long> fingerprints, Map<String, Long> quick, Map<String, PageIds> ids, long generation, Path search) {}

    /** A file's or folder's size, modification time and identity on disk. */
    record Stamp(long size, long modified, long identity) {
        static Stamp of(Path file, boolean folder) throws IOException {
            return of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), folder, file.toString());
        }

        /** The stamp of a file (or folder) of attributes {@code a}; {@code name} names it when it is not of that kind. */
        static Stamp of(BasicFileAttributes a, boolean folder, String name) throws IOException {
            if (folder ? !a.isDirectory() : !a.isRegularFile()) {
                throw new NoSuchFileException(name);
            }
            // The file key's hash (device and inode folded): behind the size and the time to the
            // nanosecond, enough to tell a file put in another's place, and it makes no text.
            Object key = a.fileKey();
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? 0 : key.hashCode());
        }

        static Stamp read(ByteBuffer in) {
            return new Stamp(in.getLong(), in.getLong(), in.getLong());
        }

        void write(SavedBytes out) {
            out.putLong(size).putLong(modified).putLong(identity);
        }
    }

    private BuildCache() {}

    /** Where the memory of the site in {@code site} is kept. */
    static Path fileOf(Path site) {
        Path target = site.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".cache");
    }

    /** Where the search index's memory of the site in {@code site} is kept. */
    private static Path searchFileOf(Path site) {
        Path file = fileOf(site);
        return file.resolveSibling(file.getFileName() + "-search");
    }

    /**
     * Notes beside the memory of {@code site} how many records (Markdown files) the portal has,
     * for the launcher ({@code scripts/gongkai}), which sets the JVM by the size of the portal:
     * reading the number costs it nothing, where counting the files took 20-30 ms of a build
     * after one edit of a 10,000-record portal. A note that cannot be written is left out; the
     * launcher then counts.
     */
    public static void noteRecords(Path site, int records) {
        Path file = fileOf(site);
        try {
            Files.writeString(file.resolveSibling(file.getFileName() + "-records"), records + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // Counted again by the launcher.
        }
    }

    /** Whether a search index's memory is kept beside {@code site}; whether it serves the next build is known only on reading it. */
    public static boolean remembersSearch(Path site) {
        return Files.isRegularFile(searchFileOf(site));
    }

    /** Where a build into {@code site} writes its search index's memory, for {@link #save} to put in place. */
    public static Path searchScratch(Path site) {
        Path file = searchFileOf(site);
        return file.resolveSibling(file.getFileName() + ".new");
    }

    /**
     * Makes the folder that holds {@code site} and the memory beside it when a first build into a
     * new place finds it missing: the memory of checked content files is written while the content
     * is checked, before publishing would make that folder. Returns the outermost folder it made
     * (null for none), for {@link #unmakeHome} to take away if the build publishes nothing.
     */
    public static Path makeHome(Path site) {
        Path home = site.toAbsolutePath().normalize().getParent();
        Path outermost = null;
        for (Path p = home; p != null && Files.notExists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            outermost = p;
        }
        if (outermost == null) {
            return null;
        }
        try {
            Files.createDirectories(home);
            return outermost;
        } catch (IOException e) {
            // The build goes on without a memory of its checks; publishing reports what is wrong there.
            return null;
        }
    }

    /**
     * Takes away what a first build into a new place left there when it published nothing: its
     * memory of checked content, and the folders {@link #makeHome} made up to {@code outermost}
     * (null: none), innermost first, while they are empty.
     */
    public static void unmakeHome(Path site, Path outermost) {
        if (outermost == null) {
            return;
        }
        try {
            Files.deleteIfExists(checksFileOf(site));
        } catch (IOException e) {
            return;
        }
        for (Path p = site.toAbsolutePath().normalize().getParent(); p != null && p.startsWith(outermost); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                // Not empty: something else now uses it.
                return;
            }
        }
    }

    /** Where the memory of checked content files kept beside the site in {@code site} is. */
    public static Path checksFileOf(Path site) {
        Path file = fileOf(site);
        return file.resolveSibling(file.getFileName() + "-checks");
    }

    /** A file for a build into {@code site} to write its memory of checked content files in, its own. */
    public static Path checksScratch(Path site) {
        Path file = checksFileOf(site);
        return file.resolveSibling(file.getFileName() + ".new-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    }

    /**
     * Puts the memory of checked content files a build wrote in {@code scratch} in place beside
     * {@code site}. It holds what the content files gave, not what the site holds, so it is right
     * whichever build saves last. If it cannot be moved, it is deleted, and the next build checks
     * every file.
     */
    public static void keepChecks(Path site, Path scratch) {
        try {
            Publisher.move(scratch, checksFileOf(site));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException ignored) {
                // Left beside the site; a later build's scratch has another name.
            }
        }
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
            long code = code();
            return code == 0 ? 0 : Fingerprint.mix(code ^ Fingerprint.mix(site.getAsLong() ^ folder(templates)));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * What checking a content file depends on besides the file: this tool's code, and the site
     * settings file {@code siteYaml} (whose privacy settings the checks read). Zero when it cannot
     * be known.
     */
    public static long checksKey(Path siteYaml) {
        try {
            long code = code();
            return code == 0 ? 0 : Fingerprint.mix(code ^ Fingerprint.of(Files.readAllBytes(siteYaml)));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** This tool's code: its jar or classes folder, and the class path. Zero when it cannot be read. */
    private static long code() {
        return Code.FINGERPRINT;
    }

    /** The code's fingerprint, read once per run: it does not change under a running program. */
    private static final class Code {
        static final long FINGERPRINT = read();

        private static long read() {
            try {
                Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                long key = Files.isDirectory(code) ? folder(code) : jar(code);
                return Fingerprint.mix(key ^ Fingerprint.of(System.getProperty("java.class.path", "")));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return 0;
            }
        }
    }

    /** Where a zip file's last record (its end of central directory) starts with, and its size without a comment. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;

    /**
     * The jar {@code file} by its central directory: every entry's name, time, size and checksum,
     * which stand for its bytes, read in one piece at its end rather than entry by entry (some
     * four thousand) or the ten megabytes of the whole. A jar whose directory cannot be found
     * that way (a ZIP64 one) counts by all its bytes.
     */
    static long jar(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_SIZE + 0xFFFF);
            ByteBuffer end = EntryFile.readAt(channel, size - tail, tail).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = tail - END_SIZE; i >= 0; i--) {
                if (end.getInt(i) == END_SIGNATURE) {
                    long length = end.getInt(i + 12) & 0xFFFFFFFFL;
                    long offset = end.getInt(i + 16) & 0xFFFFFFFFL;
                    if (offset + length == size - tail + i) {
                        return Fingerprint.of(EntryFile.readAt(channel, offset, (int) length).array());
                    }
                }
            }
        }
        return Fingerprint.of(Files.readAllBytes(file));
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
        return load(site, key, null);
    }

    /**
     * As {@link #load(Path, long)}, taking what {@code ahead} (may be null) read and stamped when
     * the memory is still the one it read; else reading it now.
     */
    public static Memory load(Path site, long key, ReadAhead ahead) {
        if (key == 0) {
            return null;
        }
        Read read = ahead == null ? null : ahead.current();
        if (read == null) {
            read = read(site);
        }
        if (read == null || read.key() != key) {
            return null;
        }
        Set<String> files = Collections.unmodifiableSet(read.stamps().keySet());
        boolean listed = !read.folders().isEmpty() && read.changedFolders().isEmpty();
        Path search = searchFileOf(site);
        return new Memory(read.pages(), read.quick(), read.ids(), files, new Less(files, read.changedFiles()), listed ? files : null,
                read.generation(), Files.isRegularFile(search) ? search : null,
                new Seen(read.stamps(), read.changedFiles(), read.folders(), read.changedFolders()));
    }

    /**
     * The memory of a site read, with its files and folders stamped, while the build does other
     * work: the content is checked on one core while the other stats the site's tens of thousands
     * of files. What it read serves {@link #load(Path, long, ReadAhead)} only if the memory file
     * is still the one it read, and the caller passes it only when nothing else changed the site
     * since (see {@link Publisher}); a file edited by hand meanwhile is caught by the next build,
     * as one edited while the build runs is.
     */
    public static final class ReadAhead {
        private final Path site;
        private final CompletableFuture<Read> read;

        private ReadAhead(Path site) {
            this.site = site;
            this.read = Background.start("site-memory", () -> read(site));
        }

        /** What was read, if the memory file is still the one read; else null. */
        private Read current() {
            Read r;
            try {
                r = read.join();
            } catch (CompletionException e) {
                // Read again by the caller, which then reports what went wrong, if it still does.
                return null;
            }
            try {
                return r != null && r.memory().equals(Stamp.of(fileOf(site), false)) ? r : null;
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Starts reading the memory of the site in {@code site}, for {@link #load(Path, long, ReadAhead)}. */
    public static ReadAhead readAhead(Path site) {
        return new ReadAhead(site);
    }

    /** A memory file as read, with the stamp of its file, and the site's files and folders that were no longer as it says. */
    private record Read(Stamp memory, long key, long generation, Map<String, Long> pages, Map<String, Long> quick, Map<String, PageIds> ids,
            Map<String, Stamp> stamps, Map<String, Stamp> folders, Set<String> changedFiles, Set<String> changedFolders) {}

    private static Read read(Path site) {
        Path file = fileOf(site);
        Map<String, Long> pages = new HashMap<>();
        Map<String, Long> quick = new HashMap<>();
        Map<String, PageIds> ids = new HashMap<>();
        Map<String, Stamp> stamps = new HashMap<>();
        Map<String, Stamp> folders = new HashMap<>();
        long key;
        long generation;
        Stamp memory;
        // Stamped before it is opened: a file replaced in between is read as the new one, with the
        // old one's stamp, which then no longer matches, so what was read is not used.
        try {
            memory = Stamp.of(file, false);
        } catch (IOException e) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != MAGIC) {
                return null;
            }
            key = in.getLong();
            generation = in.getLong();
            for (int n = in.getInt(); n > 0; n--) {
                String path = SavedBytes.string(in);
                stamps.put(path, Stamp.read(in));
                long[] prints = new long[in.getInt()];
                for (int i = 0; i < prints.length; i++) {
                    prints[i] = in.getLong();
                }
                if (prints.length > 0) {
                    ids.put(path, PageIds.ofPrints(prints));
                }
            }
            for (int n = in.getInt(); n > 0; n--) {
                folders.put(SavedBytes.string(in), Stamp.read(in));
            }
            for (Map<String, Long> m : List.of(pages, quick)) {
                for (int n = in.getInt(); n > 0; n--) {
                    m.put(SavedBytes.string(in), in.getLong());
                }
            }
        } catch (IOException | RuntimeException e) {
            // None, cut short or of another format: no memory, and the build renders everything.
            return null;
        }
        Path root = site.toAbsolutePath().normalize();
        try {
            return new Read(memory, key, generation, pages, quick, ids, stamps, folders, changed(root, stamps, false),
                    changed(root, folders, true));
        } catch (RuntimeException e) {
            // A path no file can have: not a memory this tool wrote.
            return null;
        }
    }

    /**
     * The paths of {@code stamps} whose files (or folders) under {@code root} no longer have those
     * stamps, or are gone: a few, after most builds, where the files still as remembered are tens
     * of thousands.
     */
    private static Set<String> changed(Path root, Map<String, Stamp> stamps, boolean folders) {
        Set<String> changed = ConcurrentHashMap.newKeySet();
        try (Stamper stamper = new Stamper(root)) {
            stamps.entrySet().parallelStream().forEach(e -> {
                try {
                    if (!e.getValue().equals(stamper.stamp(e.getKey(), folders))) {
                        changed.add(e.getKey());
                    }
                } catch (IOException gone) {
                    changed.add(e.getKey());
                }
            });
        }
        return changed;
    }

    /** The elements of one set less those of another (a few of them), without copying the many left. */
    private static final class Less extends AbstractSet<String> {
        private final Set<String> all;
        private final Set<String> less;

        Less(Set<String> all, Set<String> less) {
            this.all = all;
            this.less = less;
        }

        @Override
        public boolean contains(Object o) {
            return all.contains(o) && !less.contains(o);
        }

        @Override
        public int size() {
            return all.size() - less.size();
        }

        @Override
        public Iterator<String> iterator() {
            return all.stream().filter(p -> !less.contains(p)).iterator();
        }
    }

    /**
     * Stamps each of {@code paths} under {@code root}, taking those {@code seen} has for paths not
     * {@code touched} since, and reading the rest now.
     */
    private static Map<String, Stamp> stamp(Path root, Set<String> paths, boolean folders, Function<String, Stamp> seen,
            Predicate<String> touched) {
        Map<String, Stamp> stamps = new HashMap<>();
        Set<String> read = new HashSet<>();
        for (String p : paths) {
            Stamp s = touched.test(p) ? null : seen.apply(p);
            if (s != null) {
                stamps.put(p, s);
            } else {
                read.add(p);
            }
        }
        stamps.putAll(stamp(root, read, folders));
        return stamps;
    }

    /** The folders holding {@code files}, up to the site's own (""). */
    private static Set<String> folders(Set<String> files) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String f : files) {
            for (int slash = f.lastIndexOf('/'); slash > 0 && folders.add(f.substring(0, slash)); slash = f.lastIndexOf('/', slash - 1)) {
                // Each folder up to the first one already seen, whose own parents are there too.
            }
        }
        return folders;
    }

    /** Stamps each of {@code paths} under {@code root} as it is now, leaving out what cannot be read. */
    private static Map<String, Stamp> stamp(Path root, Set<String> paths, boolean folders) {
        Map<String, Stamp> stamps = new ConcurrentHashMap<>();
        try (Stamper stamper = new Stamper(root)) {
            paths.parallelStream().forEach(f -> {
                try {
                    stamps.put(f, stamper.stamp(f, folders));
                } catch (IOException gone) {
                    // Left out: changed, next time.
                }
            });
        }
        return stamps;
    }

    private static void writeAll(FileChannel channel, ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves what the build that just published {@code files} into {@code site} remembers: the
     * stamp of each file and folder as they are now, the ids of the files, the pages'
     * fingerprints. Written aside and renamed into place, so a reader sees the old memory or the
     * new one. What cannot be read is left out (and counts as changed next time); what cannot be
     * written is not saved at all: the site is published either way, and without a memory the
     * next build renders every page, which is slower but never wrong.
     */
    public static void save(Path site, long key, Pages pages, Set<String> files) {
        save(site, key, pages, files, Seen.NONE, Set.of(), false);
    }

    /**
     * As {@link #save(Path, long, Pages, Set)}, after a build that started from {@code memory}
     * (null for none) and {@code changed} these files of the site (written or removed), leaving
     * the others as they were; {@code inPlace} when it changed them in the site's own folders
     * rather than in new ones. What the build did not touch keeps the stamps loading found.
     */
    public static void save(Path site, long key, Pages pages, Set<String> files, Memory memory, Set<String> changed, boolean inPlace) {
        save(site, key, pages, files, memory == null ? Seen.NONE : memory.seen(), changed, inPlace);
    }

    private static void save(Path site, long key, Pages pages, Set<String> files, Seen seen, Set<String> changed, boolean inPlace) {
        if (key == 0) {
            if (pages.search() != null) {
                try {
                    Files.deleteIfExists(pages.search());
                } catch (IOException ignored) {
                    // A memory saved with no key is never used; the next build writes over it.
                }
            }
            return;
        }
        Path root = site.toAbsolutePath().normalize();
        Path file = fileOf(site);
        // The search memory put in place, and the folders stamped, each beside the files' stamps
        // and their writing: the last step of every build, with a core idle otherwise. Replacing
        // the last search memory frees its tens of megabytes, which took 40-60 ms by itself.
        // The search memory first: should the site's memory not follow, the two name different
        // generations, and the search memory is not used.
        CompletableFuture<Boolean> searchMoved = Background.start("search-memory-save", () -> {
            try {
                Path search = searchFileOf(site);
                if (pages.search() != null) {
                    Publisher.move(pages.search(), search);
                } else {
                    Files.deleteIfExists(search);
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<Map<String, Stamp>> folderStamps = Background.start("folder-stamps", () -> {
            Set<String> folderPaths = folders(files);
            // A folder changes with what is added to it or taken from it, its own folders included.
            Set<String> touched = folders(changed);
            Map<String, Stamp> folders = stamp(root, folderPaths, true, inPlace ? seen::folder : p -> null, touched::contains);
            return folders.size() < folderPaths.size() ? Map.of() : folders;
        });
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try {
            Map<String, Stamp> stamps = stamp(root, files, false, seen::file, changed::contains);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                // Written through a small buffer: the whole memory at once (megabytes) took longer
                // to allocate than to write.
                SavedBytes out = new SavedBytes(1 << 18, bytes -> writeAll(channel, bytes));
                out.putInt(MAGIC).putLong(key).putLong(pages.generation()).putInt(stamps.size());
                for (Map.Entry<String, Stamp> e : stamps.entrySet()) {
                    out.put(e.getKey());
                    e.getValue().write(out);
                    PageIds pageIds = pages.ids().get(e.getKey());
                    long[] prints = pageIds == null ? new long[0] : pageIds.prints();
                    out.putInt(prints.length);
                    for (long p : prints) {
                        out.putLong(p);
                    }
                }
                // A file or folder that could not be stamped would let a changed site pass for the listed one.
                Map<String, Stamp> folders = stamps.size() < files.size() ? Map.of() : folderStamps.join();
                out.putInt(folders.size());
                for (Map.Entry<String, Stamp> e : folders.entrySet()) {
                    out.put(e.getKey());
                    e.getValue().write(out);
                }
                for (Map<String, Long> m : List.of(pages.fingerprints(), pages.quick())) {
                    out.putInt(m.size());
                    for (Map.Entry<String, Long> e : m.entrySet()) {
                        out.put(e.getKey()).putLong(e.getValue());
                    }
                }
                writeAll(channel, out.flip());
            }
            searchMoved.join();
            Publisher.move(temp, file);
        } catch (IOException | RuntimeException e) {
            // Never leave the search memory being moved, nor the site stamped, while the build goes on.
            CompletableFuture.allOf(searchMoved, folderStamps).exceptionally(x -> null).join();
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Not saved either way; a stale memory is checked against the site before use.
            }
        }
    }
}
