package gongkai.search;

import gongkai.model.Fingerprint;
import gongkai.render.Json;
import gongkai.render.SiteOutput;
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
    private final Map<String, Long> digests = new ConcurrentSkipListMap<>();
    private long bytes;

    /** Files go to {@code site} under {@code prefix} (a folder path ending in '/'). */
    IndexFiles(SiteOutput site, String prefix) {
        this.site = site;
        this.prefix = prefix;
    }

    /** A file as written: what {@link #keep} needs to count it in again without its bytes. */
    record Written(long digest, int length) {}

    /** Writes {@code value} (maps, lists, strings, numbers) as JSON to {@code name}, relative to the folder. */
    Written write(String name, Object value) {
        byte[] data = Json.bytes(value);
        site.write(prefix + name, data);
        Written w = new Written(Fingerprint.of(data), data.length);
        count(name, w);
        return w;
    }

    /** Keeps {@code name} as the last build wrote it, {@code file}, which the output still holds. */
    void keep(String name, Written file) {
        site.keep(prefix + name);
        count(name, file);
    }

    private void count(String name, Written file) {
        digests.put(name, file.digest());
        synchronized (this) {
            bytes += file.length();
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
        long h = 0;
        for (Map.Entry<String, Long> e : digests.entrySet()) {
            h = Fingerprint.mix(h ^ Fingerprint.of(e.getKey()));
            h = Fingerprint.mix(h ^ e.getValue());
        }
        return HexFormat.of().toHexDigits(h).substring(0, 12);
    }
}
