package gongkai.publish;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The states a killed or failed build can leave, and what the next build makes of them. */
class PublisherTest {
    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    private void publishPage(String text) {
        new Publisher(site()).publish(staging -> stage(staging, "index.html", text));
    }

    private static void stage(StagingFiles staging, String path, String text) {
        staging.write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> leftovers() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFailedBuildLeavesTheSiteAndNoStagingFolder() {
        publishPage("v1");
        Map<String, String> before = TestSupport.digest(site());
        assertThrows(IllegalStateException.class, () -> new Publisher(site()).publish(staging -> {
            stage(staging, "index.html", "half");
            throw new IllegalStateException("render failed");
        }));
        assertEquals(before, TestSupport.digest(site()));
        assertEquals(List.of(), leftovers());
    }

    /** A kill between the two renames of a swap leaves the old site under its "-old" name and no site. */
    @Test
    void aSiteMovedAsideByAKilledSwapIsPutBackBeforeAnythingElse() throws IOException {
        publishPage("v1");
        Map<String, String> before = TestSupport.digest(site());
        Files.move(site(), dir.resolve(".site-old-0123456789abcdef"));
        Files.createDirectories(dir.resolve(".site-staging-fedcba9876543210"));
        write(dir.resolve(".site-staging-fedcba9876543210/index.html"), "complete new site, killed before its rename");
        assertThrows(IllegalStateException.class, () -> new Publisher(site()).publish(staging -> {
            throw new IllegalStateException("this build fails too");
        }));
        assertEquals(before, TestSupport.digest(site()), "the previous site is back");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void remainsOfAKilledDeletionAndOfKilledBuildsAreRemoved() throws IOException {
        publishPage("v1");
        write(dir.resolve(".site-old-0123456789abcdef/policies/index.html"), "half-deleted previous site");
        write(dir.resolve(".site-staging-fedcba9876543210/index.html"), "half-written");
        publishPage("v2");
        assertEquals("v2", TestSupport.read(site().resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void thePublishedSiteIsReadableByOthersAsTheUmaskAllows() throws IOException {
        publishPage("v1");
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(site()), "not the owner-only mode of a temp directory");
    }

    @Test
    void aFolderThatIsNotASiteIsNeverReplaced() throws IOException {
        Path project = dir.resolve("project");
        write(project.resolve("pom.xml"), "<project/>");
        write(project.resolve("content/site.yaml"), "name: x");
        Map<String, String> before = TestSupport.digest(project);
        Publisher.Refused e = assertThrows(Publisher.Refused.class,
                () -> new Publisher(project).publish(staging -> stage(staging, "index.html", "x")));
        assertTrue(e.getMessage().contains("不是生成的网站（其中没有 index.html）") && e.getMessage().contains("未做任何改动"),
                e.getMessage());
        assertEquals(before, TestSupport.digest(project));
        Files.createDirectories(dir.resolve("empty"));
        new Publisher(dir.resolve("empty")).publish(staging -> stage(staging, "index.html", "x"));
        assertTrue(Files.exists(dir.resolve("empty/index.html")), "an empty folder may be used");
    }

    @Test
    void oneBuildAtATimePublishesToATarget() throws Exception {
        publishPage("v1");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> new Publisher(site()).publish(staging -> {
                stage(staging, "index.html", "v2");
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            started.await();
            Publisher.Refused e = assertThrows(Publisher.Refused.class, () -> publishPage("v3"));
            assertTrue(e.getMessage().contains("另一个生成过程正在发布"), e.getMessage());
            assertFalse(leftovers().isEmpty(), "the running build's staging folder was left alone");
            release.countDown();
            first.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals("v2", TestSupport.read(site().resolve("index.html")));
    }

    private void publishAll(Map<String, String> files) {
        new Publisher(site()).publish(staging -> files.forEach((path, text) -> stage(staging, path, text)));
    }

    private static Map<String, String> pages(String changed) {
        Map<String, String> files = new java.util.TreeMap<>();
        files.put("index.html", "home");
        for (int i = 1; i <= 9; i++) {
            files.put("a/" + i + ".html", "page " + i);
        }
        files.put("a/1.html", changed);
        return files;
    }

    /** Every file of the site with its text, by '/'-separated path. */
    private Map<String, String> texts() {
        Map<String, String> m = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(site())) {
            walk.filter(Files::isRegularFile).forEach(p -> m.put(site().relativize(p).toString().replace('\\', '/'), TestSupport.read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private Object fileKey(String path) throws IOException {
        return Files.readAttributes(site().resolve(path), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void aSmallChangeMovesOnlyTheChangedFilesIntoTheSiteAndRemovesWhatIsGone() throws IOException {
        Map<String, String> v1 = pages("page 1");
        v1.put("gone/x.html", "dropped by the next build");
        publishAll(v1);
        Object untouched = fileKey("a/5.html");
        Map<String, String> v2 = pages("page 1, revised");
        v2.put("b/new.html", "added");
        publishAll(v2);
        assertEquals(v2, texts());
        assertEquals(untouched, fileKey("a/5.html"), "an unchanged file stays the very same file");
        assertFalse(Files.exists(site().resolve("gone")), "a folder left empty goes too");
        assertEquals(List.of(), leftovers());
    }

    /** A build killed while moving its files leaves an "-apply" folder with the rest and the list of files to remove. */
    @Test
    void aBuildKilledWhileMovingItsFilesIsFinishedBeforeAnythingElse() throws IOException {
        Map<String, String> v1 = pages("page 1");
        v1.put("gone/x.html", "dropped by the killed build");
        publishAll(v1);
        Path apply = dir.resolve(".site-apply-0123456789abcdef");
        write(apply.resolve("a/1.html"), "page 1, revised");
        write(apply.resolve(".gongkai-removed"), "gone/x.html\n");
        write(site().resolve("b/new.html"), "moved before the kill");
        Map<String, String> finished = pages("page 1, revised");
        finished.put("b/new.html", "moved before the kill");
        List<Map<String, String>> seen = new java.util.ArrayList<>();
        assertThrows(IllegalStateException.class, () -> new Publisher(site()).publish(staging -> {
            seen.add(texts());
            throw new IllegalStateException("this build fails");
        }));
        assertEquals(List.of(finished), seen, "the killed build was finished before the next one began");
        assertEquals(finished, texts());
        assertEquals(List.of(), leftovers());
    }
}
