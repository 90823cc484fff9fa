package gongkai.bench;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The speed benchmark: generates N synthetic policies, builds them with gongkai (cold JVM, every
 * feature on, the compliance report included) and with Hugo (the same records, a minimal theme),
 * alternating runs so the ratio holds on a noisy machine; after each full build, one record
 * changes and a {@code build} over that site is timed (median of the runs); then the rebuild of a
 * running {@code serve} (from saving the file to the preview being up to date, median of several
 * edits, its output checked against the full build's). Prints a Markdown table, whose build after
 * an edit is also given as a share of the full build.
 *
 * <p>Every timed run writes into a folder of its own, and nothing is deleted while anything is
 * timed: on a file system without a journal, as here, ext4 passes over every inode freed in the
 * last five minutes (six while its inode table is not yet written back) each time it allocates
 * one ({@code recently_deleted} in fs/ext4/ialloc.c), so creating files after a large deletion is
 * several times slower for minutes (measured here: 4,000 folders with a file took 0.27 s on a
 * quiet disk and 1.1–1.3 s from one to three minutes after 20,000 were deleted). That would
 * charge the cleanup to whichever tool runs next, and most to the one that writes more files. So
 * the outputs of every size are deleted only when all are measured; the time of the last deletion
 * is kept beside them ({@value #DELETED_AT}), and a benchmark started sooner after one (or after
 * finding the outputs of a killed run) waits until it is {@link #SETTLE_MS} old. Deletions by
 * other programs (a test run) are not known here: wait for them before benchmarking.
 *
 * <p>Usage: {@code Benchmark --sizes 1000,10000 --runs 3 --work DIR --jar target/gongkai.jar}; gongkai runs
 * through {@code scripts/gongkai}, as maintainers run it.
 */
public final class Benchmark {
    private static final String AS_OF = "2026-11-22";
    /**
     * Largest portal whose serve rebuild is timed: the target is set at 10,000 records, and a
     * preview remembers enough of each record to need more than the default heap far beyond it.
     */
    private static final int SERVE_MAX = 10_000;
    /** How long ext4 keeps passing over deleted inodes (six minutes at most), with a margin. */
    private static final long SETTLE_MS = 390_000;
    /** The file, in the work folder, whose time is that of the harness's last deletion. */
    private static final String DELETED_AT = ".deleted-at";

    private Benchmark() {}

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = List.of(1000, 10000);
        int runs = 3;
        Path work = Path.of("target/bench");
        Path jar = Path.of("target/gongkai.jar").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("未知参数：" + args[i]);
            }
        }
        System.out.println("| 记录数 | gongkai 墙钟 s | gongkai CPU s | 其中内核 s | gongkai 峰值 RSS MB | gongkai 页面 | gongkai MB"
                + " | Hugo 墙钟 s | Hugo CPU s | 其中内核 s | Hugo 峰值 RSS MB | Hugo 页面 | Hugo MB | 墙钟比 | 改一条后 build s | 改一条后 build ÷ 完整 build | 改一条后 serve s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<Path> leftovers = new ArrayList<>();
        for (int n : sizes) {
            Path dir = work.resolve(String.valueOf(n)).toAbsolutePath();
            leftovers.addAll(List.of(dir.resolve("out"), dir.resolve("preview")));
        }
        // Outputs of a run that was killed before it could delete them.
        delete(work, leftovers);
        settle(work);
        for (int n : sizes) {
            // Each row as soon as it is measured: a large size takes a quarter of an hour.
            System.out.println(measure(n, runs, work.resolve(String.valueOf(n)).toAbsolutePath(), jar));
        }
        delete(work, leftovers);
    }

    private static String measure(int n, int runs, Path dir, Path jar) throws IOException {
        Path content = dir.resolve("content");
        if (!Files.isDirectory(content)) {
            CorpusGenerator.generate(content, n, 42);
        }
        Path hugo = dir.resolve("hugo");
        Path outputs = dir.resolve("out");
        // Written over in place (the same files, so no inode is freed).
        HugoTree.write(content, hugo);
        Path templates = Path.of("templates").toAbsolutePath();
        String script = jar.resolveSibling("../scripts/gongkai").normalize().toString();
        List<Measure.Sample> g = new ArrayList<>();
        List<Measure.Sample> h = new ArrayList<>();
        List<Measure.Sample> rebuilds = new ArrayList<>();
        Path site = null;
        Path hugoOut = null;
        Path edited = firstPolicy(content);
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        String changed = original;
        String serve = "—";
        try {
            for (int r = 1; r <= runs; r++) {
                Files.writeString(edited, original, StandardCharsets.UTF_8);
                site = outputs.resolve("site-" + r);
                g.add(Measure.run(gongkai(script, content, site, templates, outputs.resolve("report-" + r)), dir));
                hugoOut = outputs.resolve("hugo-" + r);
                h.add(Measure.run(List.of("hugo", "--quiet", "-s", hugo.toString(), "-d", hugoOut.toString()), dir));
                // The build after an edit comes right after the full build it is compared with, so
                // that both meet the machine as it is then; each edit differs from the last.
                changed = original + "\n本段为基准测试第 " + r + " 次修改的内容。\n";
                Files.writeString(edited, changed, StandardCharsets.UTF_8);
                rebuilds.add(Measure.run(gongkai(script, content, site, templates, outputs.resolve("report-edit")), dir));
            }
            if (n <= SERVE_MAX) {
                serve = String.format(Locale.ROOT, "%.2f", Measure.serveRebuild(jar, content, templates, dir.resolve("preview"), AS_OF,
                        edited, original, changed, site, runs));
            }
        } finally {
            Files.writeString(edited, original, StandardCharsets.UTF_8);
        }
        Measure.Sample gm = Measure.median(g);
        Measure.Sample hm = Measure.median(h);
        Measure.Sample rebuild = Measure.median(rebuilds);
        String row = String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.2f | %d | %,d | %.1f | %.2f | %.2f | %.2f | %d | %,d | %.1f | %.2f | %.2f | %.2f | %s |",
                n, gm.wallSeconds(), gm.cpuSeconds(), gm.systemSeconds(), gm.peakRssKb() / 1024, count(site, ".html"), mb(site),
                hm.wallSeconds(), hm.cpuSeconds(), hm.systemSeconds(), hm.peakRssKb() / 1024, count(hugoOut, ".html"), mb(hugoOut),
                gm.wallSeconds() / hm.wallSeconds(), rebuild.wallSeconds(), rebuild.wallSeconds() / gm.wallSeconds(), serve);
        return row;
    }

    /** Every feature on: both editions, search index, link check and the compliance report. */
    private static List<String> gongkai(String script, Path content, Path site, Path templates, Path report) {
        return List.of("bash", script, "build", "--content", content.toString(), "--out", site.toString(), "--templates",
                templates.toString(), "--as-of", AS_OF, "--report", report.toString());
    }

    /** Deletes what is there of {@code dirs}, noting the time of it in {@code work} if anything was. */
    private static void delete(Path work, List<Path> dirs) throws IOException {
        boolean deleted = false;
        for (Path d : dirs) {
            deleted |= Files.exists(d);
            TestSupport.deleteTree(d);
        }
        if (deleted) {
            Files.createDirectories(work);
            Files.writeString(work.resolve(DELETED_AT), Instant.now() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Waits until the harness's last deletion in {@code work} is {@link #SETTLE_MS} old. */
    private static void settle(Path work) throws IOException {
        Path mark = work.resolve(DELETED_AT);
        if (!Files.exists(mark)) {
            return;
        }
        long wait = Files.getLastModifiedTime(mark).toMillis() + SETTLE_MS - System.currentTimeMillis();
        if (wait > 0) {
            System.err.printf(Locale.ROOT, "等待 %d 秒：刚删除过大量文件，ext4 此时新建文件较慢。%n", (wait + 999) / 1000);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Path firstPolicy(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content.resolve("policies"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static long count(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).count();
        }
    }

    private static double mb(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1024.0 / 1024.0;
        }
    }
}
