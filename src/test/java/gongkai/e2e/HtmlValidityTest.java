package gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Valid HTML (R16): the Nu Html Checker (vnu), the checker behind validator.w3.org/nu, finds no
 * error on any page of the example site, in either edition, so every template's output is checked.
 */
class HtmlValidityTest {
    /** The schema vnu itself uses for text/html documents. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    /** Collects vnu's errors; warnings are advice and do not fail the build. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        int warnings;

        @Override
        public void warning(SAXParseException e) {
            warnings++;
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getSystemId() + " 第 " + e.getLineNumber() + " 行：" + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void vnuFindsNoErrorOnAnyPage(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        TestSupport.build(TestSupport.CONTENT, site, "2026-11-22");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        }
        Collector found = validate(site, pages);
        System.out.println("vnu：" + pages.size() + " 个页面，" + found.errors.size() + " 个错误，" + found.warnings + " 个警告");
        assertTrue(pages.size() >= 60, "both editions of every page: " + pages.size());
        assertEquals(List.of(), found.errors);
    }

    /** The example site's lists are short; paged ones, with their pager, are checked on a larger copy. */
    @Test
    void vnuFindsNoErrorOnPagedLists(@TempDir Path tmp) throws Exception {
        Path content = TestSupport.contentCopy(tmp);
        TestSupport.addExamplePolicies(content, 110);
        Path site = tmp.resolve("site");
        TestSupport.build(content, site, "2026-11-22");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && TestSupport.read(p).contains("class=\"pager\"")).sorted()
                    .collect(Collectors.toList());
        }
        assertTrue(pages.size() >= 10, "paged lists in both editions: " + pages.size());
        assertEquals(List.of(), validate(site, pages).errors);
    }

    private static Collector validate(Path site, List<Path> pages) throws Exception {
        Collector found = new Collector();
        SimpleDocumentValidator vnu = new SimpleDocumentValidator(true, false, false);
        vnu.setUpMainSchema(HTML_SCHEMA, found);
        vnu.setUpValidatorAndParsers(found, true, false);
        for (Path page : pages) {
            // Checked as served over http, as readers get it, so the page's CSP is judged for a web origin.
            InputSource in = new InputSource("http://127.0.0.1/" + site.relativize(page).toString().replace('\\', '/'));
            try (InputStream bytes = Files.newInputStream(page)) {
                in.setByteStream(bytes);
                vnu.checkHtmlInputSource(in);
            }
        }
        return found;
    }

    @Test
    void vnuReportsAPlantedError(@TempDir Path tmp) throws Exception {
        Collector found = new Collector();
        SimpleDocumentValidator vnu = new SimpleDocumentValidator(true, false, false);
        vnu.setUpMainSchema(HTML_SCHEMA, found);
        vnu.setUpValidatorAndParsers(found, true, false);
        Path page = tmp.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head>"
                + "<body><main><p><div>块元素不能放在段落里</div></p><table><tr><th scope=\"x\">a</th></tr></table></main></body></html>");
        vnu.checkHtmlFile(page.toFile(), true);
        assertTrue(found.errors.size() >= 2, found.errors.toString());
    }
}
