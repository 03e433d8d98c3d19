package dev.xinspect.core.format;

/**
 * Text from a server or a capture made safe to print on a terminal: every control character other than newline and
 * tab (C0, DEL and C1, so {@code ESC} and {@code CSI} too, and the Unicode line and paragraph separators) is written as
 * a {@code \u001b} escape. A URL, method or body in a capture can then no longer move the cursor, recolour the screen
 * or set the window title when it is printed. The one place that decides it, for the CLI's writers and core text.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text with its control characters escaped; newlines and tabs stay. */
    public static String escape(String text) {
        return printable(text, false);
    }

    /** As {@link #escape}; with {@code oneLine}, newlines, carriage returns and tabs become spaces first. */
    public static String printable(String text, boolean oneLine) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaksLine = c == '\n' || c == '\t' || c == '\r';
            boolean replace = oneLine && breaksLine || isControl(c);
            if (replace && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (!replace) {
                if (out != null) {
                    out.append(c);
                }
            } else if (oneLine && breaksLine) {
                out.append(' ');
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** True for what a terminal would act on rather than show (newline and tab excepted). */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029;
    }
}
