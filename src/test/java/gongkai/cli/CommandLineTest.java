package gongkai.cli;

import static gongkai.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @Test
    void helpIsInChinese() {
        TestSupport.Run r = cli("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("用法："), r.out());
        assertTrue(r.out().contains("生成网站"), r.out());
        assertFalse(r.out().matches("(?s).*(Show this|Print version|Display help).*"), "no English left: " + r.out());
        TestSupport.Run b = cli("build", "--help");
        assertTrue(b.out().contains("--as-of") && b.out().contains("输出目录"), b.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, cli("publish").code());
        assertEquals(2, cli("build", "--as-of", "2023-02-30").code());
        TestSupport.Run r = cli("build", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("无法识别的参数"), r.err());
    }

    @Test
    void checkWritesNothing(@TempDir Path dir) throws Exception {
        TestSupport.Run r = cli("check", "--content", TestSupport.CONTENT.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("检查通过"));
        assertFalse(Files.list(dir).findAny().isPresent());
    }

    @Test
    void missingContentFolderIsAContentError(@TempDir Path dir) {
        TestSupport.Run r = cli("check", "--content", dir.resolve("nope").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("内容目录不存在"), r.err());
    }

    @Test
    void buildNeverReplacesAFolderThatIsNotASite(@TempDir Path dir) {
        Path project = dir.resolve("project");
        TestSupport.write(project.resolve("README.md"), "重要文件");
        TestSupport.Run r = cli("build", "--content", TestSupport.CONTENT.toString(), "--out", project.toString(), "--as-of",
                "2026-11-22");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("不是生成的网站（其中没有 index.html）") && r.err().contains("保持不变"), r.err());
        assertEquals("重要文件", TestSupport.read(project.resolve("README.md")));
        assertEquals(1, TestSupport.digest(project).size());
    }
}
