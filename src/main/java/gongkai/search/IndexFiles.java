package gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON files of the index under one folder, safe from several threads, and derives the
 * index version from their contents: the browser adds it to every request, so a rebuilt site never
 * mixes files of two builds from its cache.
 */
final class IndexFiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final Map<String, byte[]> digests = new ConcurrentSkipListMap<>();
    /** Folders made so far; making one blocks other writers into it until it exists. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private long bytes;

    IndexFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code value} (maps, lists, strings, numbers) as JSON to {@code name}, relative to the folder. */
    void write(String name, Object value) {
        byte[] data = JSON.writeValueAsBytes(value);
        Path file = dir.resolve(name);
        try {
            folders.computeIfAbsent(file.getParent(), IndexFiles::makeFolder);
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digests.put(name, sha256(data));
        synchronized (this) {
            bytes += data.length;
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

    int count() {
        return digests.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** A short digest of every file written so far, by name. */
    String version() {
        MessageDigest md = sha();
        digests.forEach((name, digest) -> {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update(digest);
        });
        return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    }

    private static byte[] sha256(byte[] data) {
        return sha().digest(data);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
