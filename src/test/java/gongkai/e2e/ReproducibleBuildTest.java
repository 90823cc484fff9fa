package gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content and --as-of give byte-identical sites: no clock, no map or thread order, no
 * file-system order, no locale, time zone or platform encoding leaks into the output. The content
 * is the real one plus generated examples whose titles and dates repeat, so ties must be ordered.
 */
class ReproducibleBuildTest {
    private static final String AS_OF = "2026-11-22";

    @TempDir
    static Path tmp;

    static Path content;
    static Map<String, String> first;

    @BeforeAll
    static void buildOnce() {
        content = TestSupport.contentCopy(tmp.resolve("a"));
        TestSupport.addExamplePolicies(content, 100);
        Path site = tmp.resolve("site-1");
        TestSupport.build(content, site, AS_OF);
        first = TestSupport.digest(site);
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() {
        Path again = tmp.resolve("site-2");
        TestSupport.build(content, again, AS_OF);
        assertEquals(first, TestSupport.digest(again));
        assertEquals(first.size(), TestSupport.digest(again).size());
    }

    /** Files written in reverse order (directory listings follow it on some file systems) and regrouped into other folders. */
    @Test
    void fileOrderAndFolderLayoutDoNotChangeTheOutput() throws IOException {
        Path other = tmp.resolve("b/content");
        List<Path> files;
        try (Stream<Path> s = Files.walk(content)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String rel = content.relativize(f).toString().replace("policies/generated/", "policies/by-" + name.charAt(name.length() - 4) + "/");
            Path dst = other.resolve(rel);
            Files.createDirectories(dst.getParent());
            Files.copy(f, dst);
        }
        Path site = tmp.resolve("site-reordered");
        TestSupport.build(other, site, AS_OF);
        assertEquals(first, TestSupport.digest(site));
    }

    private Map<String, String> buildInChildJvm(String name, List<String> jvmOptions) throws Exception {
        Path site = tmp.resolve(name);
        Path log = tmp.resolve(name + ".log");
        Process p = TestSupport.cliProcess(jvmOptions, "build", "--content", content.toString(), "--templates",
                TestSupport.TEMPLATES.toString(), "--out", site.toString(), "--as-of", AS_OF).redirectOutput(log.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the build in a JVM of its own did not finish within three minutes");
        }
        assertEquals(0, p.exitValue(), TestSupport.read(log));
        return TestSupport.digest(site);
    }

    @Test
    void oneThreadOrManyGiveTheSameSite() throws Exception {
        assertEquals(first, buildInChildJvm("site-one-thread", List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")));
    }

    /** Many threads, and a JVM set up as on an American Windows-era machine. */
    @Test
    void manyThreadsLocaleTimeZoneAndPlatformEncodingDoNotLeakIntoTheSite() throws Exception {
        assertEquals(first, buildInChildJvm("site-elsewhere", List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=8",
                "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=America/Los_Angeles", "-Dfile.encoding=ISO-8859-1")));
    }
}
