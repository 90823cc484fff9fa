package gongkai.cli;

import picocli.CommandLine.Option;

/** -h/--help and -V/--version with Chinese descriptions, for every command. */
final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出。")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本号并退出。")
    boolean version;
}
