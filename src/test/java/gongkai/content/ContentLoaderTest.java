package gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a content folder: every record file at any depth, in name order; nothing hidden; links refused wherever they are. */
class ContentLoaderTest {
    @TempDir
    Path dir;

    @Test
    void recordFilesAreListedAtAnyDepthInNameOrderWithoutHiddenOnesOrLinks() throws IOException {
        Path content = TestSupport.contentCopy(dir);
        Path policies = content.resolve("policies");
        List<String> before = names(content, new ContentLoader().load(content).policies().files());
        for (String file : List.of("zz/deep/inner/a.md", "zz/b.md", "top.md", "zz/.drafts/hidden.md", ".hidden/c.md", "zz/.backup.md",
                "zz/notes.txt")) {
            TestSupport.write(policies.resolve(file), "---\nid: x\n---\n");
        }
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(policies.resolve("zz/deep/link.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(policies.resolve("zz/linked"), outside);
        LoadedContent loaded = new ContentLoader().load(content);
        List<String> listed = names(content, loaded.policies().files());
        assertEquals(listed.stream().sorted().toList(), listed, "in name order");
        List<String> added = listed.stream().filter(f -> !before.contains(f)).toList();
        assertEquals(List.of("policies/top.md", "policies/zz/b.md", "policies/zz/deep/inner/a.md"), added);
        List<String> refused = loaded.problems().stream().map(p -> content.relativize(p.file()).toString()).toList();
        assertTrue(refused.containsAll(List.of("policies/zz/deep/link.md", "policies/zz/linked")), refused.toString());
        assertTrue(loaded.policies().version(policies.resolve("zz/deep/inner/a.md")) != 0, "a nested file has its version");
    }

    private static List<String> names(Path content, List<Path> files) {
        return files.stream().map(f -> content.relativize(f).toString()).toList();
    }
}
