package gongkai.publish;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
    private static final long KEY = 42;

    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    private void saveSite() {
        write(site().resolve("index.html"), "<p id=\"top\">首页</p>");
        write(site().resolve("policies/a/index.html"), "<p>政策</p>");
        write(site().resolve("search/0.json"), "[]");
        write(BuildCache.searchScratch(site()), "搜索索引的记忆");
        BuildCache.save(site(), KEY, new BuildCache.Pages(Map.of("index.html", 7L, "policies/a/index.html", 8L),
                Map.of("policies/a/index.html", 5L), Map.of("index.html", PageIds.of(Set.of("top", "main"))), 42, BuildCache.searchScratch(site())),
                Set.of("index.html", "policies/a/index.html", "search/0.json"));
    }

    @Test
    void whatABuildSavedBesideItsSiteIsWhatTheNextOneLoads() throws IOException {
        saveSite();
        assertTrue(Files.isRegularFile(dir.resolve(".site.cache")));
        try (var files = Files.list(site())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("cache")), "never published with the site");
        }
        BuildCache.Memory m = BuildCache.load(site(), KEY);
        assertEquals(Map.of("index.html", 7L, "policies/a/index.html", 8L), m.pages());
        assertEquals(Map.of("policies/a/index.html", 5L), m.quick());
        assertEquals(Set.of("index.html", "policies/a/index.html", "search/0.json"), m.files());
        assertEquals(m.files(), m.intact());
        assertEquals(m.files(), m.listing(), "no folder changed: the saved list is the site's");
        assertTrue(m.ids().get("index.html").containsAll(PageIds.of(Set.of("main"))));
        assertFalse(m.ids().get("index.html").containsAll(PageIds.of(Set.of("main", "gone"))));
        assertFalse(m.ids().containsKey("search/0.json"));
        assertEquals(42, m.generation());
        assertEquals("搜索索引的记忆", Files.readString(m.search()), "the search memory is put beside the site's");
        assertFalse(Files.exists(BuildCache.searchScratch(site())));
    }

    @Test
    void aFileChangedSinceIsNoLongerTrusted() throws IOException {
        saveSite();
        Path page = site().resolve("policies/a/index.html");
        FileTime time = Files.getLastModifiedTime(page);
        // The same size and time as before, other bytes: a new file put in its place is still caught.
        Path other = site().resolve("policies/a/index.html.new");
        write(other, "<p>改动</p>");
        Files.setLastModifiedTime(other, time);
        Files.move(other, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(site().resolve("search/0.json"), "[1]");
        Files.delete(site().resolve("index.html"));
        assertEquals(Set.of(), BuildCache.load(site(), KEY).intact());
    }

    @Test
    void savingAfterABuildReadsOnlyWhatItTouchedAndStillCatchesWhatChangedMeanwhile() throws IOException {
        saveSite();
        BuildCache.Memory loaded = BuildCache.load(site(), KEY);
        // The build rewrites one page and adds one; meanwhile someone edits a file it did not touch.
        Files.writeString(site().resolve("policies/a/index.html"), "<p>新政策</p>");
        write(site().resolve("policies/b/index.html"), "<p>又一份</p>");
        Files.writeString(site().resolve("search/0.json"), "[2]");
        BuildCache.save(site(), KEY, new BuildCache.Pages(Map.of(), Map.of(), Map.of(), 43, null),
                Set.of("index.html", "policies/a/index.html", "policies/b/index.html", "search/0.json"), loaded,
                Set.of("policies/a/index.html", "policies/b/index.html"), true);
        BuildCache.Memory next = BuildCache.load(site(), KEY);
        assertEquals(Set.of("index.html", "policies/a/index.html", "policies/b/index.html"), next.intact(),
                "the edit made during the build is caught: its file kept the stamp loading found");
        assertEquals(next.files(), next.listing(), "the folders the build added to were read again");
    }

    @Test
    void aMemoryReadAheadServesOnlyWhileItIsTheMemoryBesideTheSite() {
        saveSite();
        BuildCache.ReadAhead ahead = BuildCache.readAhead(site());
        BuildCache.Memory read = BuildCache.load(site(), KEY, ahead);
        BuildCache.Memory now = BuildCache.load(site(), KEY);
        assertEquals(now.pages(), read.pages());
        assertEquals(now.files(), read.files());
        assertEquals(now.intact(), read.intact());
        assertEquals(now.listing(), read.listing());
        assertEquals(now.generation(), read.generation());
        assertNull(BuildCache.load(site(), KEY + 1, ahead), "another key: no memory");

        // Another build publishes after the read ahead: the memory it saved is loaded, not what was read.
        BuildCache.ReadAhead stale = BuildCache.readAhead(site());
        BuildCache.load(site(), KEY, stale);
        write(site().resolve("policies/b/index.html"), "<p>又一份</p>");
        BuildCache.save(site(), KEY, new BuildCache.Pages(Map.of("policies/b/index.html", 9L), Map.of(), Map.of(), 44, null),
                Set.of("index.html", "policies/a/index.html", "policies/b/index.html", "search/0.json"));
        BuildCache.Memory after = BuildCache.load(site(), KEY, stale);
        assertEquals(44, after.generation());
        assertEquals(Map.of("policies/b/index.html", 9L), after.pages());
        assertTrue(after.intact().contains("policies/b/index.html"));
    }

    @Test
    void aMemoryNamingAPathNoFileCanHaveIsNoMemoryReadAheadOrNot() throws IOException {
        saveSite();
        writeMemory("policies/a/index.html");
        assertEquals(Set.of("policies/a/index.html"), BuildCache.load(site(), KEY).files(), "the same memory, of a path a file can have");
        writeMemory("policies/a\u0000/index.html");
        assertNull(BuildCache.load(site(), KEY));
        assertNull(BuildCache.load(site(), KEY, BuildCache.readAhead(site())));
    }

    /** A memory of one file at {@code path}, in the format {@link BuildCache} saves. */
    private void writeMemory(String path) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(dir.resolve(".site.cache")))) {
            out.writeInt(BuildCache.MAGIC);
            out.writeLong(KEY);
            out.writeLong(42);
            out.writeInt(1);
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            out.writeInt(name.length);
            out.write(name);
            out.writeLong(1);
            out.writeLong(2);
            out.writeLong(3);
            for (int count = 0; count < 4; count++) {
                // No ids of the file, no folders, no pages, no quick keys.
                out.writeInt(0);
            }
        }
    }

    @Test
    void aFileAddedOrRemovedAnywhereInTheSiteMeansItsFilesMustBeListedAgain() throws IOException {
        saveSite();
        Files.writeString(site().resolve("policies/a/index.html"), "<p>改动</p>");
        assertEquals(Set.of("index.html", "policies/a/index.html", "search/0.json"), BuildCache.load(site(), KEY).listing(),
                "a file changed in place changes no folder");
        write(site().resolve("policies/a/extra.html"), "<p>手工添加</p>");
        assertNull(BuildCache.load(site(), KEY).listing());

        saveSite();
        Files.delete(site().resolve("search/0.json"));
        assertNull(BuildCache.load(site(), KEY).listing());
    }

    @Test
    void anotherToolTemplatesOrSettingsOrAnUnreadableFileMeanNoMemory() throws IOException {
        saveSite();
        assertNull(BuildCache.load(site(), KEY + 1));
        Files.write(dir.resolve(".site.cache"), new byte[] {0x47, 0x4b, 0x43});
        assertNull(BuildCache.load(site(), KEY));

        Path templates = dir.resolve("templates");
        write(templates.resolve("page.ftlh"), "<p>${title}</p>");
        long key = BuildCache.key(templates, Map.of("name", "门户"));
        assertNotEquals(0, key);
        assertEquals(key, BuildCache.key(templates, Map.of("name", "门户")));
        assertNotEquals(key, BuildCache.key(templates, Map.of("name", "新门户")));
        write(templates.resolve("page.ftlh"), "<p>${title}！</p>");
        assertNotEquals(key, BuildCache.key(templates, Map.of("name", "门户")));
        assertEquals(0, BuildCache.key(templates, new Object()), "settings it cannot read match nothing");
    }

    @Test
    void aJarCountsByItsDirectoryOfEntries(@TempDir Path dir) throws IOException {
        Path jar = zip(dir.resolve("a.jar"), "甲", null);
        long key = BuildCache.jar(jar);
        assertEquals(key, BuildCache.jar(zip(dir.resolve("b.jar"), "甲", null)), "the same entries, another file");
        assertNotEquals(key, BuildCache.jar(zip(dir.resolve("c.jar"), "乙", null)), "one entry's bytes changed");
        assertEquals(key, BuildCache.jar(zip(dir.resolve("d.jar"), "甲", "说明")), "a comment after the directory");
        Path other = dir.resolve("e.jar");
        write(other, "不是压缩文件");
        assertEquals(BuildCache.jar(other), BuildCache.jar(other), "a file with no directory counts by its bytes");
        write(other, "也不是压缩文件");
        assertNotEquals(BuildCache.jar(jar), BuildCache.jar(other));
    }

    private static Path zip(Path file, String text, String comment) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : List.of("META-INF/MANIFEST.MF", "gongkai/A.class", "gongkai/B.class")) {
                ZipEntry e = new ZipEntry(name);
                e.setTime(1_700_000_000_000L);
                out.putNextEntry(e);
                out.write((name.endsWith("B.class") ? text : name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            if (comment != null) {
                out.setComment(comment);
            }
        }
        return file;
    }
}
