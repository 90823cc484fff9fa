package gongkai.cli;

import gongkai.preview.PreviewServer;
import gongkai.preview.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code gongkai serve}: a local preview. Builds the site, serves it on this computer only, and
 * rebuilds whenever a file under the content or templates folder changes, writing only the files
 * whose bytes change. The published site comes from {@code build}; this is for maintainers to see
 * an edit in a second.
 */
final class ServeCommand implements Command {
    /** Most quiet rebuilds after the first build (see {@link #warmUp}). */
    private static final int WARM_UP_RUNS = 5;
    /** No quiet rebuild starts after this long: a large portal warms up in fewer, longer runs. */
    private static final long WARM_UP_NANOS = 5_000_000_000L;

    static final OptionSpec OUT = OptionSpec.valued("--out", "目录", "预览网站的目录（默认：site）。");
    static final OptionSpec PORT = OptionSpec.valued("--port", "端口", "本机端口（默认：8080；0 表示任选一个空闲端口）。");
    static final OptionSpec TIMINGS = OptionSpec.flag("--timings", "每次生成后列出各阶段用时。");
    private static final CommandSpec SPEC = CommandSpec.of("serve",
            "本地预览：生成网站并在本机提供访问，内容或模板有改动时自动重新生成（只写有变化的文件）。按 Ctrl+C 结束。", Options.with(OUT, PORT, TIMINGS));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintWriter stdout, PrintWriter err) throws UsageError, InterruptedException {
        Options options = new Options(args);
        Path out = Options.path(args, OUT, "site");
        int port = port(args.value(PORT.name()));
        boolean timings = args.has(TIMINGS.name());
        SiteBuild build = SiteBuild.live(options, out);
        // Watching starts before the first build, so an edit saved while it runs is not missed.
        try (Watcher watcher = new Watcher(options.content, options.templates)) {
            if (rebuild(build, stdout, err, "生成", timings)) {
                warmUp(build, err);
            }
            PreviewServer server;
            try {
                server = PreviewServer.start(out, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                err.println("无法在本机端口 " + port + " 上提供预览：" + e.getMessage() + "。请用 --port 换一个端口。");
                return Main.CONTENT_ERROR;
            }
            stdout.println("预览地址：http://127.0.0.1:" + server.port() + "/ （只有本机可以访问）。正在监视 " + options.content + " 和 "
                    + options.templates + "，按 Ctrl+C 结束。");
            stdout.flush();
            try {
                while (true) {
                    Watcher.Change change = watcher.next();
                    if (!change.recordsOnly()) {
                        build.forget();
                    }
                    rebuild(build, stdout, err, "重新生成（" + change.describe() + "）", timings);
                }
            } finally {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds with nothing changed, quietly, a few times for a few seconds at most: the code
     * every rebuild runs is then compiled before the first edit, which would otherwise wait the
     * better part of a second on the compiler. An edit saved meanwhile is rebuilt right after.
     */
    private static void warmUp(SiteBuild build, PrintWriter err) {
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UP_RUNS && System.nanoTime() - start < WARM_UP_NANOS; i++) {
            try (Progress quiet = new Progress(err, false, false)) {
                if (build.run(quiet, err) == null) {
                    return;
                }
            }
        }
    }

    /** Runs the build; prints what it did; returns whether it succeeded. */
    private static boolean rebuild(SiteBuild build, PrintWriter stdout, PrintWriter err, String what, boolean timings) {
        long t0 = System.nanoTime();
        SiteBuild.Result r;
        try (Progress progress = new Progress(err, Progress.interactive(), timings)) {
            r = build.run(progress, err);
        } catch (OutOfMemoryError e) {
            // The preview remembers every record between builds; forgetting frees that memory.
            build.forget();
            err.println("内存不足：预览要记住上次生成的结果，需要的内存比 build 多。请结束后用更大的 Java 堆重新启动，"
                    + "例如 GONGKAI_HEAP=6g bash scripts/gongkai serve。");
            r = null;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r != null) {
            stdout.println(String.format(Locale.ROOT, "%s：%.2f 秒，%d 个页面，写入 %d 个有变化的文件。", what, seconds, r.pages(),
                    r.written()));
        } else {
            err.println(what + "失败，预览保留上次成功生成的页面。");
        }
        stdout.flush();
        return r != null;
    }

    private static int port(String value) throws UsageError {
        if (value == null) {
            return 8080;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Not a number: the same message as a number out of range.
        }
        throw new UsageError(Options.invalid(value, "--port 应为 0 到 65535 之间的整数。"));
    }
}
