package gongkai.cli;

import gongkai.index.PortalIndex;
import gongkai.publish.LinkChecker;
import gongkai.publish.Publisher;
import gongkai.publish.StagingFiles;
import gongkai.render.Page;
import gongkai.render.PageBuilder;
import gongkai.render.SiteRenderer;
import gongkai.search.SearchIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Signals a failed check inside the publish step, so the staging folder is discarded. */
    private static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed() {
            super(null, null, false, false);
        }
    }

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

    private int build(Progress progress, java.io.PrintWriter stdout, java.io.PrintWriter err) {
        progress.phase("读取和检查内容", 0);
        Pipeline.Checked checked = Pipeline.validate(options.content, options.asOf(), err);
        if (checked == null) {
            err.println("未生成网站，" + out + " 保持不变。");
            return Main.CONTENT_ERROR;
        }
        PortalIndex index = checked.index();
        List<String> external = new ArrayList<>();
        int[] pages = new int[1];
        SearchIndex.Summary[] search = new SearchIndex.Summary[1];
        StagingFiles.Summary[] written = new StagingFiles.Summary[1];
        try {
            Publisher publisher = new Publisher(out);
            publisher.publish(staging -> {
                StagingFiles files = new StagingFiles(staging, publisher.previous());
                LinkChecker links = new LinkChecker();
                SiteRenderer renderer = new SiteRenderer(options.templates, index.portal().site());
                List<Page> all = new PageBuilder(index).pages();
                progress.phase("生成页面", 2L * all.size());
                pages[0] = renderer.render(all, files, (path, html) -> {
                    links.page(path, html);
                    progress.step();
                });
                renderer.copyMedia(index.media(), files);
                progress.phase("生成搜索索引", 0);
                search[0] = SearchIndex.write(index, files);
                progress.phase("检查链接", 0);
                LinkChecker.Report report = links.finish(staging);
                external.addAll(report.external());
                if (!report.broken().isEmpty()) {
                    err.println("发现 " + report.broken().size() + " 个断链：");
                    report.broken().forEach(b -> err.println("  " + b.describe()));
                    throw new CheckFailed();
                }
                written[0] = files.summary();
                progress.phase("替换网站目录", 0);
            });
        } catch (CheckFailed e) {
            err.println("未发布网站，" + out + " 保持不变。");
            return Main.CONTENT_ERROR;
        } catch (RuntimeException e) {
            err.println("生成失败：" + e.getMessage());
            err.println("未发布网站，" + out + " 保持不变。");
            return Main.CONTENT_ERROR;
        }
        progress.phase("合规检查报告", 0);
        stdout.println("已生成 " + pages[0] + " 个页面到 " + out + "（有效性按 " + options.asOf() + " 计算），"
                + "搜索索引收录 " + search[0].documents() + " 条；写入 " + written[0].written() + " 个文件，"
                + written[0].kept() + " 个与上次相同，未重写。");
        return Pipeline.report(options, checked, external, stdout, err);
    }
}
