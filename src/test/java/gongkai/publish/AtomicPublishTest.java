package gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.TestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at different moments (before it writes, early, midway and late in
 * writing) leaves the published site exactly as it was, and the next build succeeds and cleans
 * up. Links are checked as pages are written, so once the last file is written the swap follows at
 * once: the last moment is three quarters in, which a poll can still reach before the build ends. The build runs as a maintainer runs it: the CLI
 * in its own JVM.
 */
class AtomicPublishTest {
    private static final String AS_OF = "2026-11-22";

    @TempDir
    Path dir;

    private List<String> leftovers() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The staging folder of the running build: not one that a killed build left before it started. */
    private Optional<Path> staging(List<String> leftBefore) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site-staging-"))
                    .filter(p -> !leftBefore.contains(p.getFileName().toString())).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long files(Path tree) {
        try (Stream<Path> s = Files.walk(tree)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException | UncheckedIOException e) {
            return -1; // the tree changed under the walk; ask again
        }
    }

    /** Starts a build and kills it once its staging folder holds {@code atLeast} files (0: as soon as it exists). */
    private void killWhenStaged(Path content, Path site, long atLeast) throws Exception {
        List<String> leftBefore = leftovers();
        Process p = TestSupport.cliProcess(List.of(), "build", "--content", content.toString(), "--out", site.toString(),
                "--as-of", AS_OF).redirectOutput(dir.resolve("child-" + atLeast + ".log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try {
            while (true) {
                if (!p.isAlive()) {
                    fail("the build ended (" + p.exitValue() + ") before it could be killed at " + atLeast + " files: "
                            + TestSupport.read(dir.resolve("child-" + atLeast + ".log")));
                }
                Optional<Path> staging = staging(leftBefore);
                if (staging.isPresent() && files(staging.get()) >= atLeast) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    fail("no staging folder with " + atLeast + " files");
                }
                Thread.sleep(2);
            }
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
        }
        assertEquals(137, p.waitFor(), "killed by SIGKILL");
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePublishedSiteIntact() throws Exception {
        Path content = TestSupport.contentCopy(dir);
        TestSupport.addExamplePolicies(content, 800);
        Path reference = dir.resolve("reference");
        TestSupport.build(content, reference, AS_OF);
        long total = TestSupport.digest(reference).size();

        Path site = dir.resolve("site");
        TestSupport.build(TestSupport.CONTENT, site, AS_OF);
        Map<String, String> before = TestSupport.digest(site);

        for (long atLeast : List.of(0L, total / 4, total / 2, total * 3 / 4)) {
            killWhenStaged(content, site, atLeast);
            assertEquals(before, TestSupport.digest(site), "site intact after a kill at " + atLeast + " of " + total + " files");
            assertTrue(Files.isReadable(site.resolve("index.html")));
        }
        assertFalse(leftovers().isEmpty(), "killed builds leave their staging folders: " + leftovers());

        TestSupport.build(content, site, AS_OF);
        assertEquals(TestSupport.digest(reference), TestSupport.digest(site), "the next build publishes the whole new site");
        assertEquals(List.of(), leftovers(), "and removes what killed builds left");
    }
}
