package gongkai.cli;

import java.util.ArrayList;
import java.util.List;

/** What a command is called, what it does (one paragraph of help) and the options it accepts. */
record CommandSpec(String name, String summary, List<OptionSpec> options) {
    /** A command with {@code options}, followed by the help and version switches every command has. */
    static CommandSpec of(String name, String summary, List<OptionSpec> options) {
        List<OptionSpec> all = new ArrayList<>(options);
        all.add(OptionSpec.HELP);
        all.add(OptionSpec.VERSION);
        return new CommandSpec(name, summary, List.copyOf(all));
    }

    /** The option {@code token} names (its long name or alias), or null. */
    OptionSpec option(String token) {
        for (OptionSpec o : options) {
            if (o.matches(token)) {
                return o;
            }
        }
        return null;
    }
}
