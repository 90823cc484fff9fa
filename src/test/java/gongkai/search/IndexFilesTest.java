package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gongkai.render.SiteOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index version names the files' contents by name, whatever the order they were written in. */
class IndexFilesTest {
    private static final SiteOutput NOWHERE = new SiteOutput() {
        @Override
        public void write(String path, byte[] data) {
            // Only the version is looked at.
        }

        @Override
        public void keep(String path) {
            // Only the version is looked at.
        }
    };

    private static String version(Map<String, Object> files, List<String> order) {
        IndexFiles f = new IndexFiles(NOWHERE, "search/data/");
        order.forEach(name -> f.write(name, files.get(name)));
        return f.version();
    }

    @Test
    void theVersionChangesWithAnyFileAndNotWithTheOrder() {
        Map<String, Object> files = Map.of("meta.json", Map.of("count", 2), "d/0/0.json", List.of("养老"), "d/0/1.json", List.of("救助"));
        List<String> order = List.of("meta.json", "d/0/0.json", "d/0/1.json");
        String version = version(files, order);

        assertEquals(12, version.length());
        assertEquals(version, version(files, List.of("d/0/1.json", "meta.json", "d/0/0.json")));
        assertNotEquals(version, version(Map.of("meta.json", Map.of("count", 2), "d/0/0.json", List.of("养老"), "d/0/1.json",
                List.of("救助站")), order), "one file's bytes changed");
        assertNotEquals(version, version(Map.of("meta.json", Map.of("count", 2), "d/0/0.json", List.of("救助"), "d/0/1.json",
                List.of("养老")), order), "two files swapped their bytes");
        assertNotEquals(version, version(files, List.of("meta.json", "d/0/0.json")), "a file left out");
    }
}
