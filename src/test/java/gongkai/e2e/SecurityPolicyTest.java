package gongkai.e2e;

import static gongkai.TestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.render.SecurityPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every page of the real portal carries the Content-Security-Policy, and the headers file says the same. */
class SecurityPolicyTest {
    static final Path site = TestSupport.exampleSite();

    @Test
    void policyAllowsOnlyTheSitesOwnFilesAndNoInlineCode() {
        for (String directive : SecurityPolicy.CSP.split(";")) {
            List<String> parts = List.of(directive.strip().split("\\s+"));
            assertTrue(Set.of("'self'", "'none'").containsAll(parts.subList(1, parts.size())), directive);
        }
        for (String needed : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "base-uri 'none'")) {
            assertTrue(SecurityPolicy.CSP.contains(needed), needed);
        }
    }

    @Test
    void everyPageCarriesThePolicyBeforeItLoadsAnything() throws IOException {
        List<Path> pages = PortalBuildTest.htmlFiles(site);
        assertTrue(pages.size() > 20);
        for (Path p : pages) {
            Document d = page(site, site.relativize(p).toString());
            List<Element> metas = d.select("meta[http-equiv=Content-Security-Policy]");
            assertEquals(1, metas.size(), p.toString());
            assertEquals(SecurityPolicy.CSP, metas.get(0).attr("content"), p.toString());
            Element head = d.head();
            Element firstLoad = head.selectFirst("link, script, style, base");
            assertNotNull(firstLoad, p.toString());
            assertTrue(metas.get(0).siblingIndex() < firstLoad.siblingIndex(), p + ": the policy comes before the first load");
        }
    }

    @Test
    void noPageLoadsAnythingFromAnotherOrigin() throws IOException {
        for (Path p : PortalBuildTest.htmlFiles(site)) {
            Document d = page(site, site.relativize(p).toString());
            for (Element e : d.select("link[href], script[src], img[src], source[src], video[src], audio[src], track[src], "
                    + "iframe[src], embed[src], object[data], [srcset], [poster]")) {
                for (String attr : List.of("href", "src", "data", "srcset", "poster")) {
                    String v = e.attr(attr);
                    assertFalse(v.contains(":") || v.startsWith("//"), p + ": " + e.outerHtml());
                }
            }
        }
        String css = TestSupport.read(site.resolve("assets/site.css"));
        assertFalse(css.matches("(?s).*(url\\(\\s*['\"]?(https?:|//|data:)|@import).*"), "the stylesheet loads nothing else");
    }

    @Test
    void headersFileGivesTheSamePolicyAndMore() {
        String headers = TestSupport.read(site.resolve(SecurityPolicy.HEADERS_FILE));
        List<String> lines = headers.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals("/*", lines.get(0));
        assertTrue(lines.contains("  Content-Security-Policy: " + SecurityPolicy.CSP + "; frame-ancestors 'self'"), headers);
        for (String h : List.of("  X-Content-Type-Options: nosniff", "  X-Frame-Options: SAMEORIGIN", "  Referrer-Policy: same-origin")) {
            assertTrue(lines.contains(h), h);
        }
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.matches("  [A-Za-z-]+: \\S.*"), "Netlify/Cloudflare Pages header line: " + l);
        }
    }
}
