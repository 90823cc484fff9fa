package gongkai.bench;

import gongkai.browser.Browser;
import gongkai.browser.StaticServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures gongkai's search against Pagefind on one built site, in real Chromium: the bytes a
 * first query fetches (cold cache, ten results with their excerpts), as served and as gzip would
 * send them, the total size of each index, and the time of a query once its files are loaded.
 * Run by {@code scripts/search-bench.sh}, which builds the site and runs Pagefind on it first.
 *
 * <p>Usage: {@code SearchBench <site> <report.md>}; the site must hold Pagefind's bundle in
 * {@code pagefind/}.
 */
public final class SearchBench {
    /** The kinds of query a reader types, on the generated corpus. */
    private static final String[][] QUERIES = {
            {"词语", "养老服务补贴"},
            {"长词语", "最低生活保障家庭"},
            {"单字", "税"},
            {"文号", "示例民规〔2020〕1号"},
            {"同义词", "低保"},
            {"全拼", "yanglao fuwu"},
            {"首字母", "ylfw"},
            {"错别字", "养老服物"}};
    /** Repeats of a warm query; the median is reported. */
    private static final int REPEATS = 21;

    private final Path site;
    private final ChromeDriver driver;
    private final StaticServer server;

    private SearchBench(Path site, ChromeDriver driver, StaticServer server) {
        this.site = site;
        this.driver = driver;
        this.server = server;
    }

    /** One engine's figures for one query. */
    private record Figures(int results, long bytes, long gzipBytes, int requests, double queryMs, double shownMs) {}

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        Path report = Path.of(args[1]);
        Files.writeString(site.resolve("bench-pagefind.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>bench</title></head><body></body></html>", StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        try (StaticServer server = new StaticServer(site); Browser browser = Browser.start(1280, 1024)) {
            SearchBench bench = new SearchBench(site, browser.driver(), server);
            out.append("| 查询 | 内容 | gongkai 结果数 | gongkai 首次查询字节（原始 / gzip） | 请求数 | Pagefind 结果数 | Pagefind 首次查询字节（原始 / gzip） | 请求数 | gongkai 已加载后查询耗时 | Pagefind 已加载后查询耗时 |\n");
            out.append("|---|---|---|---|---|---|---|---|---|---|\n");
            for (String[] q : QUERIES) {
                Figures g = bench.gongkai(q[1]);
                Figures p = bench.pagefind(q[1]);
                out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s / %s | %d | %d | %s / %s | %d | %.1f ms（含显示 %.1f ms） | %.1f ms |%n",
                        q[0], q[1], g.results(), kb(g.bytes()), kb(g.gzipBytes()), g.requests(), p.results(), kb(p.bytes()),
                        kb(p.gzipBytes()), p.requests(), g.queryMs(), g.shownMs(), p.queryMs()));
            }
        }
        long ours = size(site.resolve("search/data")) + Files.size(site.resolve("assets/search.js"));
        long theirs = size(site.resolve("pagefind"));
        long theirsUi = 0;
        try (Stream<Path> s = Files.list(site.resolve("pagefind"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().contains("-ui") || p.getFileName().toString().contains("highlight")) {
                    theirsUi += Files.size(p);
                }
            }
        }
        out.append(String.format(Locale.ROOT, "%n索引总大小：gongkai %s（%d 个文件）；Pagefind %s（%d 个文件，另有未计入的界面文件 %s）。%n",
                mb(ours), count(site.resolve("search/data")) + 1, mb(theirs - theirsUi), count(site.resolve("pagefind")), mb(theirsUi)));
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        System.out.print(out);
    }

    /** Opens the search page with the query on a cold cache and waits for the ten results. */
    private Figures gongkai(String q) {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        server.clearLog();
        driver.get(server.url() + "search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "done".equals(
                d.findElement(By.id("search")).getAttribute("data-state")));
        List<String> urls = served("search/data/", "assets/search.js");
        int results = ((Number) driver.executeScript("return window.GongkaiSearch.page.result.hits.length;")).intValue();
        double[] times = timed("""
                const page = window.GongkaiSearch.page, q = arguments[0], n = arguments[1], done = arguments[arguments.length - 1];
                (async () => {
                  const engine = [], shown = [];
                  for (let i = 0; i < n; i++) {
                    let t = performance.now();
                    await window.GongkaiSearch.run(page.index, q);
                    engine.push(performance.now() - t);
                    t = performance.now();
                    await page.go(q, {}, true);
                    shown.push(performance.now() - t);
                  }
                  done([engine, shown]);
                })();""", q);
        return new Figures(results, bytes(urls, false), bytes(urls, true), urls.size(), times[0], times[1]);
    }

    /** Pagefind's own JavaScript API on a blank page: search, then the data of the first ten results. */
    private Figures pagefind(String q) {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.get(server.url() + "bench-pagefind.html");
        server.clearLog();
        Object n = driver.executeAsyncScript("""
                const q = arguments[0], done = arguments[arguments.length - 1];
                (async () => {
                  window.pf = await import('/pagefind/pagefind.js');
                  await window.pf.init();
                  const r = await window.pf.search(q);
                  await Promise.all(r.results.slice(0, 10).map(x => x.data()));
                  done(r.results.length);
                })().catch(e => done(String(e)));""", q);
        if (!(n instanceof Number results)) {
            throw new IllegalStateException("Pagefind: " + n);
        }
        List<String> urls = served("pagefind/");
        double[] times = timed("""
                const q = arguments[0], n = arguments[1], done = arguments[arguments.length - 1];
                (async () => {
                  const t = [];
                  for (let i = 0; i < n; i++) {
                    const s = performance.now();
                    const r = await window.pf.search(q);
                    await Promise.all(r.results.slice(0, 10).map(x => x.data()));
                    t.push(performance.now() - s);
                  }
                  done([t, t]);
                })();""", q);
        return new Figures(results.intValue(), bytes(urls, false), bytes(urls, true), urls.size(), times[0], times[1]);
    }

    /** Median times of the script's two series. */
    private double[] timed(String script, String q) {
        Object r = driver.executeAsyncScript(script, q, REPEATS);
        List<?> series = (List<?>) r;
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            List<Double> values = new ArrayList<>();
            for (Object v : (List<?>) series.get(i)) {
                values.add(((Number) v).doubleValue());
            }
            values.sort(null);
            out[i] = values.get(values.size() / 2);
        }
        return out;
    }

    /** Site-relative paths the server sent since the log was cleared, those starting with one of {@code prefixes}. */
    private List<String> served(String... prefixes) {
        List<String> out = new ArrayList<>();
        for (StaticServer.Served s : server.served()) {
            for (String prefix : prefixes) {
                if (s.path().startsWith(prefix)) {
                    out.add(s.path());
                    break;
                }
            }
        }
        return out;
    }

    /** Bytes of the files behind {@code paths}, as stored, or gzip-compressed as a server would send them. */
    private long bytes(List<String> paths, boolean gzip) {
        long sum = 0;
        for (String p : paths) {
            try {
                byte[] data = Files.readAllBytes(site.resolve(p));
                sum += gzip ? gzip(data) : data.length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sum;
    }

    private static int gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return Math.min(out.size(), data.length);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
