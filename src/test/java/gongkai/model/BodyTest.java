package gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.content.ContentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyTest {
    @Test
    void aStoredBodyIsReadAgainEachTimeAndEqualsTheSameText() {
        AtomicInteger reads = new AtomicInteger();
        Body stored = Body.stored("第一条 总则。", Path.of("policies/a.md"), () -> {
            reads.incrementAndGet();
            return "第一条 总则。";
        });
        assertEquals("第一条 总则。", stored.text());
        assertEquals("第一条 总则。", stored.text());
        assertEquals(2, reads.get(), "nothing of the text is kept");
        assertEquals(Body.of("第一条 总则。"), stored);
        assertEquals(Body.of("第一条 总则。").hashCode(), stored.hashCode());
        assertNotEquals(Body.of("第一条 总则"), stored);
        assertTrue(Body.of(" \n").isBlank());
    }

    @Test
    void aBodyWhoseFileChangedAfterItWasCheckedIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        TestSupport.write(file, "---\nid: a\n---\n第一条 总则。\n");
        Body body = Body.stored(ContentLoader.body(file), file, () -> ContentLoader.body(file));
        assertEquals("第一条 总则。\n", body.text());
        TestSupport.write(file, "---\nid: a\n---\n第一条 总则。联系电话 13812345678\n");
        Body.Changed changed = assertThrows(Body.Changed.class, body::text);
        assertTrue(changed.getMessage().contains(file.toString()) && changed.getMessage().contains("重新生成"), changed.getMessage());
        Files.delete(file);
        assertThrows(Body.Changed.class, body::text, "a file removed in the meantime");
    }
}
