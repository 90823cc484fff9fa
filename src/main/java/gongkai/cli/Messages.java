package gongkai.cli;

import picocli.CommandLine;

/** Chinese wording for picocli's usage errors. */
final class Messages {
    private Messages() {}

    static String usage(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "无法识别的参数 " + String.join(" ", u.getUnmatched()) + "。";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少参数：" + m.getMissing().stream().map(a -> a.paramLabel()).reduce((a, b) -> a + "、" + b).orElse("") + "。";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return "参数值「" + ex.getValue() + "」不合规：" + ex.getMessage();
        }
        return ex.getMessage();
    }
}
