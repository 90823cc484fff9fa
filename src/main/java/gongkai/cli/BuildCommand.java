package gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code gongkai build}: validates, renders, checks links, then swaps the new site into place. */
final class BuildCommand implements Command {
    static final OptionSpec OUT = OptionSpec.valued("--out", "目录", "输出目录（默认：site）。");
    static final OptionSpec TIMINGS = OptionSpec.flag("--timings", "结束时列出各阶段用时。");
    private static final CommandSpec SPEC = CommandSpec.of("build", "生成网站。先在旁边的临时目录中生成并检查链接，全部成功后才替换输出目录；失败时原网站保持不变。",
            Options.with(OUT, TIMINGS));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintWriter stdout, PrintWriter err) throws UsageError {
        Options options = new Options(args);
        Path out = Options.path(args, OUT, "site");
        if (options.report != null && options.report.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize())) {
            throw new UsageError("报告目录 " + options.report + " 在网站输出目录 " + out + " 之内，报告会随网站发布。请指定网站目录之外的目录，例如 --report reports。");
        }
        try (Progress progress = new Progress(err, Progress.interactive(), args.has(TIMINGS.name()))) {
            SiteBuild.Result r = SiteBuild.once(options, out).run(progress, err);
            if (r == null) {
                return Main.CONTENT_ERROR;
            }
            progress.phase("合规检查报告", 0);
            String reused = r.rendered() < r.pages() ? "其中 " + (r.pages() - r.rendered()) + " 个与上次生成时内容相同，未重新渲染；" : "";
            stdout.println("已生成 " + r.pages() + " 个页面到 " + out + "（有效性按 " + options.asOf() + " 计算），" + reused
                    + "搜索索引收录 " + r.searchDocuments() + " 条；写入 " + r.written() + " 个文件，"
                    + r.kept() + " 个与上次相同，未重写。");
            return Pipeline.announce(r.report().join(), stdout, err);
        }
    }
}
