package gongkai.cli;

/**
 * One option a command accepts: its long name, an optional one-letter alias, the label of its
 * value in the help (null for a switch, which takes no value) and its line of help.
 */
record OptionSpec(String name, String alias, String label, String help) {
    static final OptionSpec HELP = new OptionSpec("--help", "-h", null, "显示本帮助并退出。");
    static final OptionSpec VERSION = new OptionSpec("--version", "-V", null, "显示版本号并退出。");

    /** An option that takes a value, written {@code --name 值} or {@code --name=值}. */
    static OptionSpec valued(String name, String label, String help) {
        return new OptionSpec(name, null, label, help);
    }

    /** An option that is on when given. */
    static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, null, null, help);
    }

    boolean takesValue() {
        return label != null;
    }

    boolean matches(String token) {
        return token.equals(name) || token.equals(alias);
    }
}
