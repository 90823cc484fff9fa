package gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Last stage: builds the site in a staging folder beside the target and only then swaps it into
 * place, so a failed or killed build never leaves a half-written site where readers see it.
 */
public final class Publisher {
    private final Path target;
    private final Path parent;
    private final String name;

    public Publisher(Path target) {
        this.target = target.toAbsolutePath().normalize();
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
            recover();
            Path staging = Files.createTempDirectory(parent, "." + name + "-staging-");
            try {
                build.accept(staging);
                swap(staging);
            } catch (RuntimeException | Error e) {
                deleteTree(staging);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void swap(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = parent.resolve("." + name + "-old-" + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * A build killed between the two renames of a swap leaves the previous site under its "-old"
     * name: put it back. Leftover staging folders of killed builds are removed.
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

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
