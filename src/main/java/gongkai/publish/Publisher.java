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
import java.util.List;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Last stage: builds the site in a staging folder beside the target and only then swaps it into
 * place, so a failed or killed build never leaves a half-written site where readers see it.
 *
 * <p>The swap is two renames (target away, staging in). A build killed between them leaves the
 * previous site complete under its "-old" name, and the next build puts it back before doing
 * anything else; leftover staging folders of killed builds are removed then too. One build at a
 * time may publish to a target (a lock file beside it, released by the system even when the
 * process is killed), and a folder that is not a previously published site is never replaced.
 */
public final class Publisher {
    private final Path target;
    private final Path parent;
    private final String name;

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
     * Runs {@code build} on a fresh staging folder; if it returns normally, the staging folder
     * replaces the target. If it throws, the staging folder is removed and the target is untouched.
     */
    public void publish(Consumer<Path> build) {
        try {
            Files.createDirectories(parent);
            try (FileChannel lockFile = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
                recover();
                refuseForeignTarget();
                // Not Files.createTempDirectory: its owner-only permissions would make the
                // published site unreadable for a web server running as another user.
                Path staging = Files.createDirectory(parent.resolve("." + name + "-staging-"
                        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())));
                try {
                    build.accept(staging);
                    swap(staging);
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

    /**
     * The site the build replaces, whose unchanged files a build may link rather than rewrite; null
     * when there is none. Only meaningful inside {@link #publish}, under its lock.
     */
    public Path previous() {
        return Files.isRegularFile(target.resolve("index.html")) ? target : null;
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
            old = parent.resolve("." + name + "-old-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * A build killed between the two renames of a swap leaves the previous site under its "-old"
     * name and no target: put it back. Otherwise "-old" folders are remains of a killed deletion,
     * and staging folders remains of a killed build: remove them.
     */
    private void recover() throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, "." + name + "-*")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + "-old-") && !Files.exists(target)) {
                    move(p, target);
                } else if (n.startsWith("." + name + "-staging-") || n.startsWith("." + name + "-old-")) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
