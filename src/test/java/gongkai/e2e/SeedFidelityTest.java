package gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.TestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeds are real documents: every line of each must appear, verbatim, on its policy's page.
 * Only white space (the PDF's line breaks) and the source's Markdown bold markers are ignored;
 * width variants of brackets are folded because inline 责任单位 notes are re-joined to their item.
 */
class SeedFidelityTest {
    static final Path site = TestSupport.exampleSite();

    private static String fold(String s) {
        return Normalizer.normalize(s.replace("**", ""), Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @CsvSource({
        "001_5a3d20e49b23627b.txt, shmzj-2022-zwgk-gzyd, 166",
        "000_a1891cd103ff675d.txt, shmzj-2023-zwgk-gzyd, 106",
        "002_30d074077b7aefb0.txt, shszfbgt-2023-zwgk-gzyd, 137"})
    void everySeedLineIsOnThePage(String seed, String policy, int lines) throws IOException {
        String text;
        try (InputStream in = SeedFidelityTest.class.getResourceAsStream("/seeds/" + seed)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(lines, text.lines().count(), "the seed file is the one converted");
        String pageText = fold(TestSupport.page(site, "policies/" + policy + "/index.html").selectFirst("main .workpoints").text());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String line : text.split("\n")) {
            String l = fold(line);
            if (l.isEmpty()) {
                continue;
            }
            checked++;
            if (!pageText.contains(l)) {
                missing.add(line);
            }
        }
        assertEquals(List.of(), missing, "seed lines missing from the page");
        assertEquals(true, checked > 50);
    }
}
