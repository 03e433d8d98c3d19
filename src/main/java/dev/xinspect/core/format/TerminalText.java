package dev.xinspect.core.format;

/** Text from a server made safe to print on a terminal. */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * Control characters from a hostile body (ANSI escapes, NUL, line separators) would drive the reader's terminal:
     * they are shown as U+FFFD instead. Line breaks and tabs stay unless {@code oneLine}, which turns them into spaces.
     */
    public static String printable(String text, boolean oneLine) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (oneLine && (c == '\n' || c == '\t' || c == '\r')) {
                out.append(' ');
            } else if (c == '\n' || c == '\t') {
                out.append((char) c);
            } else {
                out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? 0xFFFD : c);
            }
        });
        return out.toString();
    }
}
