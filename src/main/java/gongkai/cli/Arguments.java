package gongkai.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a command line said to one command: the switches given and the value of each option,
 * checked against the command's {@link CommandSpec}. Options are written {@code --out site} or
 * {@code --out=site}; every option at most once; no other arguments.
 */
final class Arguments {
    private final Map<String, String> values;
    private final Set<String> switches;

    private Arguments(Map<String, String> values, Set<String> switches) {
        this.values = Map.copyOf(values);
        this.switches = Set.copyOf(switches);
    }

    /** Reads {@code args} (what follows the command's name) against {@code spec}. */
    static Arguments parse(CommandSpec spec, List<String> args) throws UsageError {
        Map<String, String> values = new HashMap<>();
        Set<String> switches = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String token = args.get(i);
            int eq = valueAt(token);
            OptionSpec option = optionOf(spec, token);
            if (option == null) {
                throw new UsageError("无法识别的参数 " + token + "。");
            }
            if (!option.takesValue()) {
                if (eq >= 0) {
                    throw new UsageError("选项 " + option.name() + " 不带值，请去掉「" + token.substring(eq) + "」。");
                }
                switches.add(option.name());
                continue;
            }
            String value;
            if (eq >= 0) {
                value = token.substring(eq + 1);
            } else if (i + 1 < args.size() && optionOf(spec, args.get(i + 1)) == null) {
                value = args.get(++i);
            } else {
                throw new UsageError("缺少参数：选项 " + option.name() + " 后面要写" + option.label() + "。");
            }
            if (value.isEmpty()) {
                throw new UsageError("选项 " + option.name() + " 的值是空的，请写出" + option.label() + "。");
            }
            if (values.putIfAbsent(option.name(), value) != null) {
                throw new UsageError("选项 " + option.name() + " 写了两次，只能写一次。");
            }
        }
        return new Arguments(values, switches);
    }

    /** Whether the switch {@code name} was given. */
    boolean has(String name) {
        return switches.contains(name);
    }

    /** The value given for option {@code name}, or null. */
    String value(String name) {
        return values.get(name);
    }

    /** Where {@code --name=value} has its '=', or -1. */
    private static int valueAt(String token) {
        return token.startsWith("--") ? token.indexOf('=') : -1;
    }

    /** The option {@code token} names, alone or as {@code --name=value}; null for a value or an unknown word. */
    private static OptionSpec optionOf(CommandSpec spec, String token) {
        int eq = valueAt(token);
        return spec.option(eq < 0 ? token : token.substring(0, eq));
    }
}
