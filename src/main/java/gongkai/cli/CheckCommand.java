package gongkai.cli;

import gongkai.index.PortalIndex;
import java.io.PrintWriter;

/** {@code gongkai check}: validates the content without writing anything. */
final class CheckCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.of("check", "检查内容是否有错误，不生成网站；只在指定 --report 时写出合规检查报告。", Options.ALL);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws UsageError {
        Options options = new Options(args);
        Pipeline.Checked checked = Pipeline.validate(options.content, options.asOf(), err);
        if (checked == null) {
            if (options.report != null) {
                err.println("内容有错误，未生成合规检查报告。");
            }
            return Main.CONTENT_ERROR;
        }
        PortalIndex index = checked.index();
        out.println("检查通过：" + index.policies().size() + " 份可公开的政策文件，" + index.interpretations().size()
                + " 篇政策解读，" + index.portal().workPoints().size() + " 份工作要点，" + index.replies().size() + " 条留言答复。");
        return Pipeline.report(options, checked, null, out, err);
    }
}
