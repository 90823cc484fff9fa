package gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after an edit, by {@code build} over the previous site or by a running {@code serve},
 * writes only the files whose bytes change, and leaves exactly the site a full build of the edited
 * content makes, byte for byte: after editing a record, adding one, removing one, and changing a
 * template.
 */
class IncrementalBuildTest {
    private static final String AS_OF = "2026-11-22";
    private static final Pattern WRITTEN = Pattern.compile("写入 (\\d+) 个文件，(\\d+) 个与上次相同");
    private static final Pattern REUSED = Pattern.compile("已生成 (\\d+) 个页面.*其中 (\\d+) 个与上次生成时内容相同，未重新渲染");

    @TempDir
    Path dir;

    private Path content;
    private Path templates;

    private void setUp() {
        content = TestSupport.contentCopy(dir);
        TestSupport.addExamplePolicies(content, 60);
        templates = dir.resolve("templates");
        TestSupport.copyTree(TestSupport.TEMPLATES, templates);
    }

    private TestSupport.Run build(Path out) {
        TestSupport.Run r = TestSupport.cli("build", "--content", content.toString(), "--templates", templates.toString(),
                "--out", out.toString(), "--as-of", AS_OF);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    /** A full build of the content as it is now, into a folder of its own. */
    private Map<String, String> fullBuild(String name) {
        Path fresh = dir.resolve(name);
        build(fresh);
        return TestSupport.digest(fresh);
    }

    private Path policy(int n) {
        return content.resolve(String.format("policies/generated/example-gen-%05d.md", n));
    }

    private void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aBuildOverThePreviousSiteRewritesOnlyWhatChangedAndEqualsAFullBuild() throws IOException {
        setUp();
        Path site = dir.resolve("site");
        build(site);
        // Noted for the launcher, which sets the JVM by it: the records published, at most one per Markdown file.
        int noted = Integer.parseInt(Files.readString(dir.resolve(".site.cache-records"), StandardCharsets.US_ASCII).strip());
        try (Stream<Path> files = Files.walk(content)) {
            long markdown = files.filter(f -> f.toString().endsWith(".md")).count();
            assertTrue(noted > 60 && noted <= markdown, noted + " of " + markdown);
        }
        edit(policy(7), "## 第3条", "## 第3条（已修订）");
        String out = build(site).out();
        Matcher m = WRITTEN.matcher(out);
        assertTrue(m.find());
        int written = Integer.parseInt(m.group(1));
        int kept = Integer.parseInt(m.group(2));
        assertEquals(fullBuild("fresh"), TestSupport.digest(site));
        // The policy page in two editions and the search files holding its text; never the rest.
        assertTrue(written >= 2 && written < 20, "written " + written);
        assertTrue(kept > 10 * written, "kept " + kept);
        // Only the edited policy's page is rendered again, from what the last build remembered.
        Matcher r = REUSED.matcher(out);
        assertTrue(r.find(), out);
        assertEquals(Integer.parseInt(r.group(1)) - 2, Integer.parseInt(r.group(2)), out);

        // A page changed by hand in the published site is not trusted: the next build puts it right.
        Path page = site.resolve("policies/example-gen-00003/index.html");
        edit(page, "</main>", "<p>手工改动</p></main>");
        Files.writeString(site.resolve("policies/example-gen-00004/stray.html"), "<p>手工添加</p>", StandardCharsets.UTF_8);
        build(site);
        assertEquals(fullBuild("fresh"), TestSupport.digest(site), "after a page was changed and a file added by hand");

        // An answer of a 问答 interpretation is converted only when its page is written: an edit still reaches the page.
        edit(content.resolve("interpretations/examples/example-ylbt-2024-wd.md"), "也可以网上办理", "也可以在网上办理");
        build(site);
        assertEquals(fullBuild("fresh-answer"), TestSupport.digest(site), "after an answer was edited");
        assertTrue(Files.readString(site.resolve("interpretations/example-ylbt-2024-wd/index.html")).contains("也可以在网上办理"));

        // Edits of bodies alone: a reply's (shown on the replies page and on its policy's page) and
        // an interpretation's. Only the pages showing them are built again, and the site is still
        // what a full build makes.
        edit(content.resolve("replies/examples/example-cjbt-2026-ly.md"), "本答复为示例", "本答复仅为示例");
        edit(content.resolve("interpretations/examples/example-ylbt-2024-jd.md"), "用于演示图解页面", "用于演示图解页面的排版");
        out = build(site).out();
        assertEquals(fullBuild("fresh-bodies"), TestSupport.digest(site), "after bodies alone were edited");
        r = REUSED.matcher(out);
        assertTrue(r.find(), out);
        assertEquals(Integer.parseInt(r.group(1)) - 6, Integer.parseInt(r.group(2)), "the replies page, a policy and an interpretation, "
                + "each in two editions: " + out);
        assertTrue(Files.readString(site.resolve("policies/example-cjbt-2026/index.html")).contains("本答复仅为示例"));

        Files.writeString(content.resolve("policies/generated/example-new.md"), Files.readString(policy(8))
                .replace("id: example-gen-00008", "id: example-new").replace("生成的测试文件 8-8", "新增的测试文件"));
        build(site);
        assertEquals(fullBuild("fresh-added"), TestSupport.digest(site), "after adding a record");

        Files.delete(policy(9));
        build(site);
        assertEquals(fullBuild("fresh-removed"), TestSupport.digest(site), "after removing a record");

        edit(templates.resolve("home.ftlh"), "</@l.page>", "<p>模板已修改</p>\n</@l.page>");
        build(site);
        assertEquals(fullBuild("fresh-template"), TestSupport.digest(site), "after changing a template");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-")).toList(),
                    "nothing left beside the site");
        }
    }

    @Test
    void aBuildAfterAnEditWithNoNewWordsReadsThePinyinItSavedNotTheDictionaries() throws Exception {
        setUp();
        Path site = dir.resolve("site");
        build(site);
        String section = "\n## 第3条\n\n" + "本条为示例文字，用于测试大量页面的生成，不是真实的政策内容。".repeat(4) + "\n";
        edit(policy(7), section, "");
        Process p = TestSupport.cliProcess(List.of("-Xlog:class+load=info"), "build", "--content", content.toString(), "--templates",
                templates.toString(), "--out", site.toString(), "--as-of", AS_OF).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("gongkai.search.Pinyin "), "the build read pinyin: " + out.length());
        assertTrue(!out.contains("com.github.houbb.pinyin"), "no dictionary loaded");
        assertEquals(fullBuild("fresh"), TestSupport.digest(site));
    }

    @Test
    void aRunningPreviewFollowsEveryKindOfEditAndEqualsAFullBuild() throws Exception {
        setUp();
        Path preview = dir.resolve("preview");
        Process serve = TestSupport.cliProcess(List.of(), "serve", "--content", content.toString(), "--templates",
                templates.toString(), "--out", preview.toString(), "--as-of", AS_OF, "--port", "0").start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("读取失败：" + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String address = awaitLine(lines, "预览地址：");
            Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/").matcher(address);
            assertTrue(url.find(), address);
            assertEquals(fullBuild("fresh-0"), TestSupport.digest(preview));
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertEquals(TestSupport.read(preview.resolve("index.html")), home.body());

            edit(policy(7), "## 第3条", "## 第3条（已修订）");
            assertTrue(writtenBy(awaitLine(lines, "重新生成")) < 20);
            assertEquals(fullBuild("fresh-1"), TestSupport.digest(preview), "after editing a record");

            // Written in one go, as an editor saves a new file.
            Files.writeString(content.resolve("policies/generated/example-new.md"), Files.readString(policy(8))
                    .replace("id: example-gen-00008", "id: example-new").replace("生成的测试文件 8-8", "新增的测试文件"));
            awaitLine(lines, "重新生成");
            assertEquals(fullBuild("fresh-2"), TestSupport.digest(preview), "after adding a record");

            Files.delete(policy(9));
            awaitLine(lines, "重新生成");
            assertEquals(fullBuild("fresh-3"), TestSupport.digest(preview), "after removing a record");

            edit(templates.resolve("home.ftlh"), "</@l.page>", "<p>模板已修改</p>\n</@l.page>");
            awaitLine(lines, "重新生成");
            assertEquals(fullBuild("fresh-4"), TestSupport.digest(preview), "after changing a template");
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
    }

    private static int writtenBy(String line) {
        Matcher m = Pattern.compile("写入 (\\d+) 个有变化的文件").matcher(line);
        assertTrue(m.find(), line);
        return Integer.parseInt(m.group(1));
    }

    /** The next line of the preview's output that starts with {@code start}; fails on an error or after a minute. */
    private static String awaitLine(BlockingQueue<String> lines, String start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            seen.append(line).append('\n');
            if (line.contains("失败") || line.contains("错误")) {
                throw new AssertionError("the preview reported a failure:\n" + seen);
            }
            if (line.startsWith(start)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + start + " within a minute:\n" + seen);
    }
}
