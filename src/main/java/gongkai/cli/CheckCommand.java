package gongkai.cli;

import gongkai.index.PortalIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai check}: validates the content without writing anything. */
@Command(name = "check", version = "gongkai 0.1.0", description = "检查内容是否有错误，不生成网站、不写任何文件。",
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
        PortalIndex index = Pipeline.validate(options.content, options.asOf(), spec.commandLine().getErr());
        if (index == null) {
            return Main.CONTENT_ERROR;
        }
        out.println("检查通过：" + index.policies().size() + " 份可公开的政策文件，" + index.interpretations().size()
                + " 篇政策解读，" + index.portal().workPoints().size() + " 份工作要点。");
        return Main.OK;
    }
}
