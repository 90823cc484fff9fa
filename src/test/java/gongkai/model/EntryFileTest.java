package gongkai.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries come back as written, whether added anew or carried over from the last file, generation after generation. */
class EntryFileTest {
    private static final int MARK = 0x54455354;
    private static final long KEY = 77;

    @TempDir
    Path dir;

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] array(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.get(a);
        return a;
    }

    @Test
    void carriedEntriesSurviveGenerationsOfEditsBetweenThem() {
        Map<Long, String> expected = new HashMap<>();
        Path last = dir.resolve("g0");
        try (EntryFile.Writer w = EntryFile.write(last, MARK, KEY, 0)) {
            for (long k = 1; k <= 50; k++) {
                String v = "条目 " + k + " ".repeat((int) k);
                w.add(k, bytes(v));
                expected.put(k, v);
            }
            assertTrue(w.finish());
        }
        for (int g = 1; g <= 4; g++) {
            Path next = dir.resolve("g" + g);
            try (EntryFile.Reader r = EntryFile.read(last, MARK, KEY, g - 1);
                    EntryFile.Writer w = EntryFile.write(next, MARK, KEY, g)) {
                for (long k = 1; k <= 50; k++) {
                    // Each generation changes a few entries, so that the carried ones lie in several runs.
                    if (k % 7 == g || k == 50 - g) {
                        String v = "第 " + g + " 代改过的条目 " + k;
                        w.add(k, bytes(v.substring(0, 3)), bytes(v.substring(3)));
                        expected.put(k, v);
                    } else {
                        assertTrue(w.carry(r, k));
                    }
                }
                assertFalse(w.carry(r, 999), "no such entry in the last file");
                w.add(100 + g, bytes("新条目 " + g));
                expected.put(100L + g, "新条目 " + g);
                assertTrue(w.finish());
            }
            last = next;
            try (EntryFile.Reader r = EntryFile.read(last, MARK, KEY, g)) {
                for (Map.Entry<Long, String> e : expected.entrySet()) {
                    if (e.getKey() < 100 || e.getKey() == 100 + g) {
                        ByteBuffer b = r.find(e.getKey());
                        assertArrayEquals(e.getValue().getBytes(StandardCharsets.UTF_8), b == null ? null : array(b), "generation " + g + ", entry " + e.getKey());
                    }
                }
                assertNull(r.find(100 + g - 1), "an entry not carried is gone");
            }
        }
    }

    @Test
    void aFileOfAnotherGenerationReadsAsEmpty() {
        Path file = dir.resolve("f");
        try (EntryFile.Writer w = EntryFile.write(file, MARK, KEY, 3)) {
            w.add(1, bytes("一"));
            assertTrue(w.finish());
        }
        try (EntryFile.Reader r = EntryFile.read(file, MARK, KEY, 4)) {
            assertNull(r.find(1));
        }
        try (EntryFile.Reader r = EntryFile.read(file, MARK, KEY, 3)) {
            assertArrayEquals("一".getBytes(StandardCharsets.UTF_8), array(r.find(1)));
        }
    }
}
