package gongkai.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gongkai.TestSupport;
import gongkai.content.ContentLoader;
import gongkai.content.Sources;
import gongkai.model.Body;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodiesTest {
    @Test
    void bodiesBeyondTheBudgetAreReadAgainFromTheirFiles(@TempDir Path content) {
        TestSupport.write(content.resolve("policies/a.md"), "---\nid: a\n---\n第一条。\n");
        TestSupport.write(content.resolve("policies/b.md"), "---\nid: b\n---\n第一条 总则。\n");
        Sources policies = new ContentLoader().load(content).policies();
        Bodies bodies = new Bodies(6);
        Body a = bodies.of(policies.read(policies.files().get(0)).doc());
        Body b = bodies.of(policies.read(policies.files().get(1)).doc());
        TestSupport.write(content.resolve("policies/a.md"), "---\nid: a\n---\n改过了。\n");
        assertEquals("第一条。\n", a.text(), "kept: within the budget");
        assertEquals("第一条 总则。\n", b.text(), "stored: read again, unchanged");
        TestSupport.write(content.resolve("policies/b.md"), "---\nid: b\n---\n改过了。\n");
        assertThrows(Body.Changed.class, b::text);
    }
}
