package gongkai.cli;

import java.io.PrintWriter;

/** One of gongkai's commands: what it accepts, and what it does with what it was given. */
sealed interface Command permits BuildCommand, CheckCommand, ServeCommand {
    CommandSpec spec();

    /**
     * Runs with {@code args} (already checked against {@link #spec}); returns the exit code.
     *
     * @throws UsageError when the options, each valid alone, cannot go together
     */
    int run(Arguments args, PrintWriter out, PrintWriter err) throws UsageError, InterruptedException;
}
