package gongkai.publish;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview folder is updated in place: changed files only, stale ones removed, foreign folders left alone. */
class LiveFilesTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesOnlyWhatChangedAndRemovesWhatTheBuildNoLongerHas() throws Exception {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "首页");
        write(site.resolve("old/gone/index.html"), "旧页面");
        LiveFiles files = new LiveFiles(site);
        files.begin();
        files.write("index.html", bytes("首页"));
        files.write("a/index.html", bytes("新页面"));
        files.end();
        assertEquals(1, files.written(), "the unchanged home page is not rewritten");
        assertEquals(List.of("a/index.html", "index.html"), TestSupport.digest(site).keySet().stream().sorted().toList());
        assertFalse(Files.exists(site.resolve("old")), "emptied folders go too");

        files.begin();
        files.write("index.html", bytes("首页，已修改"));
        files.keep("a/index.html");
        files.end();
        assertEquals(1, files.written());
        assertEquals("首页，已修改", TestSupport.read(site.resolve("index.html")));
        assertTrue(Files.exists(site.resolve("a/index.html")), "a kept file stays");
    }

    @Test
    void aFolderThatIsNotASiteIsNeverTouched() {
        Path notes = dir.resolve("notes");
        write(notes.resolve("plan.txt"), "我的笔记");
        Publisher.Refused e = assertThrows(Publisher.Refused.class, () -> new LiveFiles(notes));
        assertTrue(e.getMessage().contains("不是生成的网站"), e.getMessage());
        assertEquals("我的笔记", TestSupport.read(notes.resolve("plan.txt")));
    }
}
