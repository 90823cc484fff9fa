package gongkai.publish;

import gongkai.publish.BuildCache.Stamp;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stamps files and folders under one root, each from an open folder near it (a file's
 * grandparent, a folder's parent), where the system offers that: the kernel then looks up one or
 * two names instead of the whole path, which was most of the cost of stamping a site's tens of
 * thousands of files. Elsewhere, and past a bound on the folders kept open, it stamps by path.
 * Safe from several threads.
 */
final class Stamper implements AutoCloseable {
    /** Folders kept open at most: a site has a few hundred that hold pages' folders. */
    private static final int MAX_OPEN = 512;

    private final Path root;
    private final Map<String, Optional<SecureDirectoryStream<Path>>> open = new ConcurrentHashMap<>();

    Stamper(Path root) {
        this.root = root;
    }

    /** The stamp of the file (or folder) at {@code path}, relative to the root. */
    Stamp stamp(String path, boolean folder) throws IOException {
        int last = path.lastIndexOf('/');
        int cut = folder || last < 0 ? last : path.lastIndexOf('/', last - 1);
        SecureDirectoryStream<Path> near = path.isEmpty() ? null : folder(cut < 0 ? "" : path.substring(0, cut));
        if (near == null) {
            return Stamp.of(root.resolve(path), folder);
        }
        Path name = root.getFileSystem().getPath(path.substring(cut + 1));
        return Stamp.of(near.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes(),
                folder, path);
    }

    private SecureDirectoryStream<Path> folder(String path) {
        Optional<SecureDirectoryStream<Path>> f = open.get(path);
        if (f == null) {
            f = open.computeIfAbsent(path, this::open);
        }
        return f.orElse(null);
    }

    private Optional<SecureDirectoryStream<Path>> open(String path) {
        if (open.size() < MAX_OPEN) {
            try {
                DirectoryStream<Path> s = Files.newDirectoryStream(path.isEmpty() ? root : root.resolve(path));
                if (s instanceof SecureDirectoryStream<Path> secure) {
                    return Optional.of(secure);
                }
                s.close();
            } catch (IOException e) {
                // Stamped by path, which reports what is wrong.
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        open.values().forEach(f -> f.ifPresent(s -> {
            try {
                s.close();
            } catch (IOException ignored) {
                // Only read from.
            }
        }));
    }
}
