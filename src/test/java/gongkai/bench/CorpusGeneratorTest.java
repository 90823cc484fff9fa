package gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is valid content, the same for the same seed, and shaped as promised. */
class CorpusGeneratorTest {
    @Test
    void sameSeedSameBytesAndTheContentChecksClean(@TempDir Path tmp) throws IOException {
        CorpusGenerator.generate(tmp.resolve("a"), 300, 42);
        CorpusGenerator.generate(tmp.resolve("b"), 300, 42);
        CorpusGenerator.generate(tmp.resolve("c"), 300, 43);
        assertEquals(TestSupport.digest(tmp.resolve("a")), TestSupport.digest(tmp.resolve("b")));
        assertNotEquals(TestSupport.digest(tmp.resolve("a")), TestSupport.digest(tmp.resolve("c")));
        TestSupport.Run r = TestSupport.cli("check", "--content", tmp.resolve("a").toString(), "--as-of", "2026-11-22");
        assertEquals(0, r.code(), r.err());

        List<Path> policies;
        try (Stream<Path> s = Files.walk(tmp.resolve("a/policies"))) {
            policies = s.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertEquals(300, policies.size());
        int normative = 0;
        int years = (int) policies.stream().map(p -> p.getParent().getFileName()).distinct().count();
        for (Path p : policies) {
            String text = TestSupport.read(p);
            assertTrue(text.contains("title: （示例）") && text.contains("example: true"), p.toString());
            int body = text.substring(text.indexOf("\n---\n") + 5).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertTrue(body >= 2048 && body <= 3072, p + ": " + body + " bytes of body");
            if (text.contains("kind: 行政规范性文件")) {
                normative++;
                assertTrue(text.contains("validity:\n  effective: "), p.toString());
            }
        }
        assertTrue(normative > 60 && normative < 120, "about 30% normative: " + normative);
        assertTrue(years >= 10, "a decade: " + years);
        long interpretations;
        try (Stream<Path> s = Files.walk(tmp.resolve("a/interpretations"))) {
            interpretations = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertTrue(interpretations > 90 && interpretations < 150, "about 40% interpreted: " + interpretations);
    }
}
