package gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gongkai build}: validates, renders, checks links, then swaps the new site into place. */
@Command(name = "build", version = "gongkai 0.1.0", description = "生成网站。先在旁边的临时目录中生成并检查链接，全部成功后才替换输出目录；失败时原网站保持不变。",
        synopsisHeading = "用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Options options = new Options();

    @Option(names = "--out", paramLabel = "目录", description = "输出目录（默认：site）。")
    Path out = Path.of("site");

    @Option(names = "--timings", description = "结束时列出各阶段用时。")
    boolean timings;

    @CommandLine.Mixin
    HelpOptions help = new HelpOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (options.report != null && options.report.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "报告目录 " + options.report + " 在网站输出目录 " + out
                    + " 之内，报告会随网站发布。请指定网站目录之外的目录，例如 --report reports。");
        }
        try (Progress progress = new Progress(err, Progress.interactive(), timings)) {
            return build(progress, stdout, err);
        }
    }

    private int build(Progress progress, PrintWriter stdout, PrintWriter err) {
        SiteBuild.Result r = SiteBuild.once(options, out).run(progress, err);
        if (r == null) {
            return Main.CONTENT_ERROR;
        }
        progress.phase("合规检查报告", 0);
        String reused = r.rendered() < r.pages() ? "其中 " + (r.pages() - r.rendered()) + " 个与上次生成时内容相同，未重新渲染；" : "";
        stdout.println("已生成 " + r.pages() + " 个页面到 " + out + "（有效性按 " + options.asOf() + " 计算），" + reused
                + "搜索索引收录 " + r.searchDocuments() + " 条；写入 " + r.written() + " 个文件，"
                + r.kept() + " 个与上次相同，未重写。");
        return Pipeline.report(options, r.checked(), r.external(), stdout, err);
    }
}
