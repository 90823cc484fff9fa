package gongkai.publish;

import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
    @Test
    void findsMissingFilesFragmentsAndAbsolutePaths(@TempDir Path site) {
        write(site.resolve("index.html"), "<p id=top><a href=\"a/index.html#x\">ok</a> <a href=\"a/index.html#nope\">bad frag</a>"
                + " <a href=\"missing.html\">missing</a> <a href=\"/a/index.html\">absolute</a>"
                + " <a href=\"https://www.gov.cn/\">external</a> <a href=\"#top\">self</a> <a href=\"../out.html\">outside</a>");
        write(site.resolve("a/index.html"), "<h2 id=x>x</h2><a href=\"../index.html\">back</a>");
        LinkChecker.Report r = new LinkChecker().check(site);
        assertEquals(List.of("../out.html", "/a/index.html", "a/index.html#nope", "missing.html"),
                r.broken().stream().map(LinkChecker.Broken::link).sorted().toList());
        assertEquals(List.of("https://www.gov.cn/"), r.external());
    }
}
