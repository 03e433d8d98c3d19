package dev.xinspect.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Keeps CLI output safe for a terminal: every control character other than newline and tab (C0, DEL and C1, so
 * {@code ESC} and {@code CSI} too) is written as a {@code \u001b} escape. A URL or method in a capture can then no
 * longer move the cursor, recolour the screen or set the window title when its diagnosis is printed.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
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
