package dev.xinspect.core.format;

import java.util.Arrays;

/**
 * Where each line of a text starts, found in one pass, so a view can show line {@code n} of a large body without
 * splitting it into half a million strings (a 10 MB minified response pretty-prints to about 530,000 lines). Lines
 * end at {@code \n}; a {@code \r} before it is dropped. A text that ends with {@code \n} has an empty last line, as
 * an editor shows it. Immutable and thread-safe.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;
    private final int count;

    private LineIndex(String text, int[] starts, int count) {
        this.text = text;
        this.starts = starts;
        this.count = count;
    }

    public static LineIndex of(String text) {
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count++] = nl + 1;
        }
        return new LineIndex(text, starts, count);
    }

    public int count() {
        return count;
    }

    /** Line {@code n} (0-based) without its line break. */
    public String line(int n) {
        if (n < 0 || n >= count) {
            throw new IndexOutOfBoundsException("line " + n + " of " + count);
        }
        int start = starts[n];
        int end = n + 1 < count ? starts[n + 1] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    public String text() {
        return text;
    }
}
