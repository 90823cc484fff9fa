package gongkai.publish;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFilesTest {
    @TempDir
    Path dir;

    @Test
    void theListOfFilesFollowsEveryFileWrittenOrKeptAfterItWasFirstAskedFor() throws Exception {
        Path previous = dir.resolve("site");
        write(previous.resolve("same.html"), "<p>旧</p>");
        StagingFiles files = new StagingFiles(Files.createDirectory(dir.resolve("staging")), previous);
        files.write("new.html", "<p>新</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("new.html"), files.files());
        assertEquals(Set.of("new.html"), files.files());

        files.write("same.html", "<p>旧</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("new.html", "same.html"), files.files(), "a file with the old bytes, kept");
        files.keep("page/index.html");
        assertEquals(Set.of("new.html", "same.html", "page/index.html"), files.files());
        assertThrows(UnsupportedOperationException.class, () -> files.files().add("x.html"));
    }
}
