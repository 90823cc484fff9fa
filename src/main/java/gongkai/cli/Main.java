package gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code gongkai build}, {@code gongkai check} and {@code gongkai serve}. Reads the
 * command line itself (a few options, help and errors in Chinese), which also spares every run
 * the tenth of a second an annotation-driven parser takes to start.
 */
public final class Main {
    public static final int OK = 0;
    public static final int CONTENT_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    static final String VERSION = "gongkai 0.1.0";
    private static final String SUMMARY = "把 content/ 中的政策文件、政策解读和工作要点生成为静态的政务公开门户网站。";
    private static final List<Command> COMMANDS = List.of(new BuildCommand(), new CheckCommand(), new ServeCommand());

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Command command = null;
        try {
            if (args.length == 0) {
                throw new UsageError("请指定命令：build、check 或 serve。");
            }
            command = COMMANDS.stream().filter(c -> c.spec().name().equals(args[0])).findFirst().orElse(null);
            if (command == null) {
                return program(args, out);
            }
            Arguments a = Arguments.parse(command.spec(), Arrays.asList(args).subList(1, args.length));
            if (a.has(OptionSpec.HELP.name())) {
                out.print(Usage.ofCommand(command.spec()));
            } else if (a.has(OptionSpec.VERSION.name())) {
                out.println(VERSION);
            } else {
                return command.run(a, out, err);
            }
            return OK;
        } catch (UsageError e) {
            err.println("用法错误：" + e.getMessage());
            err.println("运行 gongkai " + (command == null ? "" : command.spec().name() + " ") + "--help 查看用法。");
            return USAGE_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("已中断。");
            return CONTENT_ERROR;
        } catch (RuntimeException e) {
            err.println("错误：" + e.getMessage());
            return CONTENT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code gongkai --help}, {@code gongkai --version}, or a word that is no command. */
    private static int program(String[] args, PrintWriter out) throws UsageError {
        String first = args[0];
        if (args.length == 1 && OptionSpec.HELP.matches(first)) {
            out.print(Usage.ofProgram(SUMMARY, COMMANDS.stream().map(Command::spec).toList()));
            return OK;
        }
        if (args.length == 1 && OptionSpec.VERSION.matches(first)) {
            out.println(VERSION);
            return OK;
        }
        if (first.startsWith("-")) {
            throw new UsageError("无法识别的参数 " + String.join(" ", args) + "。请先写命令：build、check 或 serve。");
        }
        throw new UsageError("没有「" + first + "」这个命令，可用的命令是 build、check 和 serve。");
    }
}
