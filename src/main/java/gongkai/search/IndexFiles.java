package gongkai.search;

import gongkai.render.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Writes the JSON files of the index under one folder, safe from several threads, and derives the
 * index version from their contents: the browser adds it to every request, so a rebuilt site never
 * mixes files of two builds from its cache.
 */
final class IndexFiles {
    private final SiteOutput site;
    private final String prefix;
    private final Map<String, byte[]> digests = new ConcurrentSkipListMap<>();
    private long bytes;

    /** Files go to {@code site} under {@code prefix} (a folder path ending in '/'). */
    IndexFiles(SiteOutput site, String prefix) {
        this.site = site;
        this.prefix = prefix;
    }

    /** Writes {@code value} (maps, lists, strings, numbers) as JSON to {@code name}, relative to the folder. */
    void write(String name, Object value) {
        byte[] data = Json.bytes(value);
        site.write(prefix + name, data);
        digests.put(name, sha256(data));
        synchronized (this) {
            bytes += data.length;
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
