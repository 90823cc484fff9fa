package gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Last stage: builds the site beside the target and only then puts it in place, so a failed or
 * killed build never leaves a half-written site where readers see it.
 *
 * <p>A build writes only the files whose bytes changed into a staging folder ({@link
 * StagingFiles}). When they are few (a rebuild after an edit), they are moved into the site one by
 * one, each by a rename, and the files the build no longer has are removed; a list of those and the
 * rename of the staging folder to its "-apply" name come first, so that a build killed while
 * moving is finished by the next one before anything else. When most files changed, the staging
 * folder is completed with links to the unchanged files and swapped in by two renames (target
 * away, staging in); a build killed between them leaves the previous site complete under its
 * "-old" name, and the next build puts it back. Leftover staging folders of killed builds are
 * removed. One build at a time may publish to a target (a lock file beside it, released by the
 * system even when the process is killed), and a folder that is not a previously published site
 * is never replaced.
 */
public final class Publisher {
    private final Path target;
    private final Path parent;
    private final String name;
    /** The list of files to remove, in an "-apply" folder; no site file has this name. */
    private static final String REMOVED = ".gongkai-removed";

    /** Thrown when publishing is refused before anything was written; the message is Chinese. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public Publisher(Path target) {
        this.target = target.toAbsolutePath().normalize();
        if (this.target.getParent() == null) {
            throw new Refused("不能把网站生成到根目录 " + this.target + "。请用 --out 指定一个目录。");
        }
        this.parent = this.target.getParent();
        this.name = this.target.getFileName().toString();
    }

    /**
     * Runs {@code build} on a fresh staging folder; if it returns normally, its files replace the
     * target's. If it throws, the staging folder is removed and the target is untouched.
     */
    public void publish(Consumer<StagingFiles> build) {
        publish(0, (files, memory) -> {
            build.accept(files);
            return null;
        });
    }

    /**
     * As {@link #publish(Consumer)}, for a build that starts from the memory of the last one
     * ({@link BuildCache}) saved with {@code key}: {@code build} gets it (null when there is
     * none), read once this build holds the target, and returns what to remember of its pages
     * (null for nothing), saved once its files are in place.
     */
    public void publish(long key, BiFunction<StagingFiles, BuildCache.Memory, BuildCache.Pages> build) {
        publish(key, null, build);
    }

    /**
     * As {@link #publish(long, BiFunction)}, with the memory read ahead by {@code ahead} (may be
     * null), used unless a killed build had to be finished first, which changed the site since.
     */
    public void publish(long key, BuildCache.ReadAhead ahead, BiFunction<StagingFiles, BuildCache.Memory, BuildCache.Pages> build) {
        try {
            Files.createDirectories(parent);
            try (FileChannel lockFile = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
                boolean recovered = recover();
                refuseForeignTarget();
                // Not Files.createTempDirectory: its owner-only permissions would make the
                // published site unreadable for a web server running as another user.
                Path staging = Files.createDirectory(sibling("staging"));
                try {
                    StagingFiles files = new StagingFiles(staging, previous());
                    BuildCache.Memory memory = files.previous() == null ? null : BuildCache.load(target, key, recovered ? null : ahead);
                    BuildCache.Pages pages = build.apply(files, memory);
                    Set<String> all = files.files();
                    Set<String> removed = files.previous() == null ? Set.of() : removed(all, files.previous(), memory);
                    boolean inPlace = files.previous() != null && files.written().size() + removed.size() < files.kept().size();
                    if (inPlace) {
                        Files.write(staging.resolve(REMOVED), removed.stream().sorted().toList(), StandardCharsets.UTF_8);
                        Path apply = sibling("apply");
                        move(staging, apply);
                        apply(apply);
                    } else {
                        files.complete();
                        swap(staging);
                    }
                    if (pages != null) {
                        Set<String> changed = new HashSet<>(files.written());
                        changed.addAll(removed);
                        BuildCache.save(target, key, pages, all, memory, changed, inPlace);
                    }
                } catch (RuntimeException | Error e) {
                    try {
                        deleteTree(staging);
                    } catch (RuntimeException cleanup) {
                        // The next build removes what is left; the cause of the failure matters more.
                        e.addSuppressed(cleanup);
                    }
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site the build replaces, whose unchanged files it keeps; null when there is none. */
    private Path previous() {
        return Files.isRegularFile(target.resolve("index.html")) ? target : null;
    }

    private Path sibling(String kind) {
        return parent.resolve("." + name + "-" + kind + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    }

    /**
     * The files of the previous site {@code site} that this build, of files {@code all}, does not
     * have. The memory of the last build lists them when no folder of the site changed since;
     * otherwise the site is walked.
     */
    private static Set<String> removed(Set<String> all, Path site, BuildCache.Memory memory) throws IOException {
        Set<String> removed = new HashSet<>();
        Set<String> previous = memory != null && memory.listing() != null ? memory.listing() : list(site);
        for (String f : previous) {
            if (!all.contains(f)) {
                removed.add(f);
            }
        }
        return removed;
    }

    /**
     * Moves the files of an "-apply" folder into the target, each replacing its namesake by a
     * rename, then removes the files its list names and the folders left empty. Safe to run again
     * after a kill: what was moved is no longer there, and what was removed is gone.
     */
    private void apply(Path apply) throws IOException {
        Path list = apply.resolve(REMOVED);
        List<String> removed = Files.isRegularFile(list) ? Files.readAllLines(list, StandardCharsets.UTF_8) : List.of();
        Folders folders = new Folders();
        for (String f : list(apply)) {
            if (!f.equals(REMOVED)) {
                Path to = target.resolve(f);
                folders.ensure(to.getParent());
                move(apply.resolve(f), to);
            }
        }
        for (String f : removed) {
            Path file = target.resolve(f);
            Files.deleteIfExists(file);
            // A full build has no empty folders, so neither may the updated site.
            for (Path dir = file.getParent(); !dir.equals(target) && Files.isDirectory(dir) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
        deleteTree(apply);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Every file under {@code root}, site-relative. */
    private static Set<String> list(Path root) throws IOException {
        Set<String> files = new HashSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(root.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private FileLock tryLock(FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new Refused("另一个生成过程正在发布到 " + target + "。请等它结束后再试。");
        }
        return lock;
    }

    /** Replacing means deleting: only a site this tool published (it has index.html) may go. */
    private void refuseForeignTarget() throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new Refused("输出位置 " + target + " 已存在，但不是目录。请用 --out 指定一个目录。");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(target.resolve("index.html"))) {
                throw new Refused("输出目录 " + target + " 已存在，但不是生成的网站（其中没有 index.html）。生成会整个替换"
                        + "输出目录，为免误删其中的文件，未做任何改动。请用 --out 指定新的或空的目录。");
            }
        }
    }

    private void swap(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = sibling("old");
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * A build killed between the two renames of a swap leaves the previous site under its "-old"
     * name and no target: put it back. An "-apply" folder is a checked build killed while moving
     * its files into the site: finish it. Otherwise "-old" folders are remains of a killed
     * deletion, and staging folders remains of a killed build: remove them. True when the site
     * was changed.
     */
    private boolean recover() throws IOException {
        boolean changed = false;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, "." + name + "-*")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + "-old-") && !Files.exists(target)) {
                    move(p, target);
                    changed = true;
                } else if (n.startsWith("." + name + "-apply-") && Files.isDirectory(target)) {
                    apply(p);
                    changed = true;
                } else if (n.startsWith("." + name + "-staging-") || n.startsWith("." + name + "-old-")
                        || n.startsWith("." + name + "-apply-")) {
                    deleteTree(p);
                }
            }
        }
        return changed;
    }

    /** Renames {@code from} to {@code to}, replacing a file of that name; atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            // Atomic: a reader of the site sees the old file or the new one, never neither.
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes a folder and everything in it, deepest first, without sorting the whole tree first;
     * the top-level folders go in parallel, since a site has tens of thousands of files.
     */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> children;
                try (Stream<Path> list = Files.list(dir)) {
                    children = list.toList();
                }
                children.parallelStream().forEach(Publisher::deleteSubtree);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteSubtree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException failed) throws IOException {
                    if (failed != null) {
                        throw failed;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
