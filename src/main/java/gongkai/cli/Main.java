package gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code gongkai build} and {@code gongkai check}. */
@Command(name = "gongkai",
        version = "gongkai 0.1.0",
        description = "把 content/ 中的政策文件、政策解读和工作要点生成为静态的政务公开门户网站。",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        footerHeading = "%n",
        footer = {"退出码：0 成功；1 内容有错误或生成失败；2 命令用法错误。"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    @CommandLine.Mixin
    HelpOptions help = new HelpOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令：build、check 或 serve");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("错误：" + e.getMessage());
            return CONTENT_ERROR;
        });
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> help.optionList());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Usage errors in Chinese, with a pointer to --help. */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("用法错误：" + Messages.usage(ex));
            err.println("运行 gongkai " + (ex.getCommandLine().getParent() == null ? "" : ex.getCommandLine().getCommandName() + " ")
                    + "--help 查看用法。");
            return USAGE_ERROR;
        }
    }
}
