package gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stamping from a folder near the file gives the stamp of its whole path, and sees the same changes. */
class StamperTest {
    @TempDir
    Path root;

    @Test
    void stampsEqualThoseTakenByPath() throws IOException {
        List<String> files = List.of("index.html", "policies/index.html", "policies/p-1/index.html", "search/data/d/0/12.json");
        for (String f : files) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), "页面 " + f);
        }
        List<String> folders = List.of("", "policies", "policies/p-1", "search/data/d/0");
        try (Stamper stamper = new Stamper(root)) {
            for (String f : files) {
                assertEquals(BuildCache.Stamp.of(root.resolve(f), false), stamper.stamp(f, false), f);
            }
            for (String f : folders) {
                assertEquals(BuildCache.Stamp.of(root.resolve(f), true), stamper.stamp(f, true), f);
            }
            BuildCache.Stamp before = stamper.stamp("policies/p-1/index.html", false);
            Files.writeString(root.resolve("policies/p-1/index.html"), "改过的页面，长度也变了");
            assertNotEquals(before, stamper.stamp("policies/p-1/index.html", false));

            assertThrows(NoSuchFileException.class, () -> stamper.stamp("policies/p-2/index.html", false));
            assertThrows(NoSuchFileException.class, () -> stamper.stamp("gone/p-1/index.html", false));
            assertThrows(NoSuchFileException.class, () -> stamper.stamp("policies/p-1", false), "a folder is not a file");
            assertThrows(NoSuchFileException.class, () -> stamper.stamp("policies/index.html", true), "a file is not a folder");
        }
    }
}
