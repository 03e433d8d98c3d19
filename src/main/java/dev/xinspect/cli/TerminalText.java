package dev.xinspect.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Keeps CLI output safe for a terminal: the commands' writers escape every control character other than newline and
 * tab as {@link dev.xinspect.core.format.TerminalText} says, whatever they print.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String text) {
        return dev.xinspect.core.format.TerminalText.escape(text);
    }

    /** As {@link #escape}; with {@code oneLine}, line breaks and tabs become spaces. */
    public static String printable(String text, boolean oneLine) {
        return dev.xinspect.core.format.TerminalText.printable(text, oneLine);
    }

    static boolean isControl(char c) {
        return dev.xinspect.core.format.TerminalText.isControl(c);
    }

    /** The command's standard output, escaping as it writes. */
    static PrintWriter out(CommandSpec spec) {
        return new Escaping(spec.commandLine().getOut());
    }

    /** The command's standard error, escaping as it writes. */
    static PrintWriter err(CommandSpec spec) {
        return new Escaping(spec.commandLine().getErr());
    }

    /** A writer that escapes control characters in all it is given; line ends come from {@code println} itself. */
    private static final class Escaping extends PrintWriter {
        Escaping(PrintWriter target) {
            super(target, true);
        }

        @Override
        public void write(int c) {
            if (isControl((char) c)) {
                super.write(escape(String.valueOf((char) c)));
            } else {
                super.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            write(new String(buffer, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            String safe = escape(text.substring(offset, offset + length));
            super.write(safe, 0, safe.length());
        }
    }
}
