package gongkai.cli;

import gongkai.index.PortalIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai check}: validates the content without writing anything. */
@Command(name = "check", version = "gongkai 0.1.0", description = "检查内容是否有错误，不生成网站；只在指定 --report 时写出合规检查报告。",
        synopsisHeading = "用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Options options = new Options();

    @CommandLine.Mixin
    HelpOptions help = new HelpOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Pipeline.Checked checked = Pipeline.validate(options.content, options.asOf(), spec.commandLine().getErr());
        if (checked == null) {
            if (options.report != null) {
                spec.commandLine().getErr().println("内容有错误，未生成合规检查报告。");
            }
            return Main.CONTENT_ERROR;
        }
        PortalIndex index = checked.index();
        out.println("检查通过：" + index.policies().size() + " 份可公开的政策文件，" + index.interpretations().size()
                + " 篇政策解读，" + index.portal().workPoints().size() + " 份工作要点，" + index.replies().size() + " 条留言答复。");
        return Pipeline.report(options, checked, null, out, spec.commandLine().getErr());
    }
}
