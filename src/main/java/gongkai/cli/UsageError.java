package gongkai.cli;

/** A command line that cannot be run as written; the message says, in Chinese, what is wrong. */
final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
