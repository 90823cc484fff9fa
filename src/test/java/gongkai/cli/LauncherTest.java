package gongkai.cli;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.publish.BuildCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code scripts/gongkai}) sets the JVM by the size of the portal: it takes the
 * number of records the last build noted beside its site, and counts the files only without one.
 * Run from a copy beside a stand-in jar, with a {@code java} on the path that prints what it is given.
 */
class LauncherTest {
    @TempDir
    Path dir;

    private Path launcher;

    @BeforeEach
    void setUp() throws IOException {
        launcher = dir.resolve("tool/scripts/gongkai");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("scripts/gongkai"), launcher, StandardCopyOption.REPLACE_EXISTING);
        write(dir.resolve("tool/target/gongkai.jar"), "");
        Path java = dir.resolve("bin/java");
        write(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (int i = 0; i < 3; i++) {
            write(dir.resolve("content/policies/2025/p-" + i + ".md"), "---\n---\n");
        }
    }

    private String jvmOptions(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", dir.resolve("bin") + ":" + pb.environment().get("PATH"));
        pb.environment().put("GONGKAI_CDS", "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void aSmallPortalWithoutANoteIsCountedAndBuiltWithTheSettingsOfASmallOne() throws Exception {
        String options = jvmOptions("build", "--content", "content", "--out", "out/site");
        assertTrue(options.contains("-XX:+UseParallelGC"), options);
        assertFalse(options.contains("-Xms"), options);
    }

    @Test
    void theNumberTheLastBuildNotedDecidesWithoutCountingTheFiles() throws Exception {
        Path site = dir.resolve("out/site");
        Files.createDirectories(site);
        write(dir.resolve("out/.site.cache"), "memory");
        BuildCache.noteRecords(site, 45_000);
        String options = jvmOptions("build", "--content", "content", "--out", "out/site");
        assertTrue(options.contains("-XX:+UseSerialGC") && options.contains("-Xms1536m"), "a large portal's settings: " + options);
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), "a build with a memory renders little: " + options);

        BuildCache.noteRecords(site, 3);
        options = jvmOptions("build", "--content", "content", "--out", "out/site");
        assertTrue(options.contains("-XX:+UseParallelGC") && options.contains("-XX:MaxTenuringThreshold=0"), options);
    }

    @Test
    void aNoteWithoutTheMemoryItBelongsToIsNotTrusted() throws Exception {
        Path site = dir.resolve("out/site");
        Files.createDirectories(site);
        BuildCache.noteRecords(site, 45_000);
        String options = jvmOptions("build", "--content", "content", "--out", "out/site");
        assertTrue(options.contains("-XX:+UseParallelGC") && !options.contains("-Xms"), "counted: three records: " + options);
    }
}
