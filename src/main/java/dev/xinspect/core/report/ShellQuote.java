package dev.xinspect.core.report;

/** POSIX shell quoting for exported commands: single quotes, with embedded single quotes closed and escaped. */
final class ShellQuote {
    private ShellQuote() {
    }

    static String single(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
