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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai serve}: a local preview. Builds the site, serves it on this computer only, and
 * rebuilds whenever a file under the content or templates folder changes, writing only the files
 * whose bytes change. The published site comes from {@code build}; this is for maintainers to see
 * an edit in a second.
 */
@Command(name = "serve", version = "gongkai 0.1.0",
        description = "本地预览：生成网站并在本机提供访问，内容或模板有改动时自动重新生成（只写有变化的文件）。按 Ctrl+C 结束。",
        synopsisHeading = "用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
final class ServeCommand implements Callable<Integer> {
    /** Most quiet rebuilds after the first build (see {@link #warmUp}). */
    private static final int WARM_UP_RUNS = 5;
    /** No quiet rebuild starts after this long: a large portal warms up in fewer, longer runs. */
    private static final long WARM_UP_NANOS = 5_000_000_000L;

    @CommandLine.Mixin
    Options options = new Options();

    @Option(names = "--out", paramLabel = "目录", description = "预览网站的目录（默认：site）。")
    Path out = Path.of("site");

    @Option(names = "--port", paramLabel = "端口", description = "本机端口（默认：8080；0 表示任选一个空闲端口）。")
    int port = 8080;

    @Option(names = "--timings", description = "每次生成后列出各阶段用时。")
    boolean timings;

    @CommandLine.Mixin
    HelpOptions help = new HelpOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteBuild build = SiteBuild.live(options, out);
        // Watching starts before the first build, so an edit saved while it runs is not missed.
        try (Watcher watcher = new Watcher(options.content, options.templates)) {
            if (rebuild(build, stdout, err, "生成")) {
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
                    rebuild(build, stdout, err, "重新生成（" + change.describe() + "）");
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
    private boolean rebuild(SiteBuild build, PrintWriter stdout, PrintWriter err, String what) {
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
}
