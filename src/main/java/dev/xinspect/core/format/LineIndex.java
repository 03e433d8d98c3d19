package dev.xinspect.core.format;

import java.util.Arrays;
import java.util.List;

/**
 * Where each line of a text starts, found in one pass, so a view can show line {@code n} of a large body without
 * splitting it into half a million strings (a 10 MB minified response pretty-prints to about 530,000 lines). Lines
 * end at {@code \n}; a {@code \r} before it is dropped. A text that ends with {@code \n} has an empty last line, as
 * an editor shows it. {@link #wrapped} also cuts lines longer than a width into rows, so a 10 MB minified body is
 * 20,000 rows a view can lay out one at a time instead of one line it cannot. Immutable and thread-safe.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;
    private final int count;
    private final int longest;

    private LineIndex(String text, int[] starts, int count, int longest) {
        this.text = text;
        this.starts = starts;
        this.count = count;
        this.longest = longest;
    }

    public static LineIndex of(String text) {
        return wrapped(text, Integer.MAX_VALUE);
    }

    /** Rows of at most {@code width} characters: a longer line goes on over several rows (see {@link #continues}). */
    public static LineIndex wrapped(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width " + width);
        }
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 0;
        int longest = 0;
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--; // a CR before the line break is not shown: no row of its own
            }
            longest = Math.max(longest, end - start);
            for (int row = start; row == start || row < end; row += width) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = row;
                if (end - row <= width) {
                    break;
                }
            }
            if (nl < 0) {
                return new LineIndex(text, starts, count, longest);
            }
            start = nl + 1;
        }
    }

    /** The number of rows (lines, when not {@link #wrapped}). */
    public int count() {
        return count;
    }

    /** The length of the longest line of the text, before any wrapping. */
    public int longestLine() {
        return longest;
    }

    /** True when row {@code n} goes on from the row before it: a long line {@link #wrapped} there. */
    public boolean continues(int n) {
        check(n);
        return n > 0 && text.charAt(starts[n] - 1) != '\n';
    }

    /** Row {@code n} (0-based) without its line break. */
    public String line(int n) {
        check(n);
        int start = starts[n];
        int end = n + 1 >= count ? text.length() : text.charAt(starts[n + 1] - 1) == '\n' ? starts[n + 1] - 1 : starts[n + 1];
        if (end > start && text.charAt(end - 1) == '\r' && (n + 1 >= count || !continues(n + 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Rows {@code rows} (ascending) as text: a line break between two rows unless the second continues the first. */
    public String lines(List<Integer> rows) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            if (i > 0 && !(rows.get(i - 1) == row - 1 && continues(row))) {
                joined.append('\n');
            }
            joined.append(line(row));
        }
        return joined.toString();
    }

    public String text() {
        return text;
    }

    /** The row that holds character {@code offset} of the text (a binary search over the row starts). */
    public int rowOf(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " of " + text.length());
        }
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** Where row {@code n} starts in the text. */
    public int rowStart(int n) {
        check(n);
        return starts[n];
    }

    private void check(int n) {
        if (n < 0 || n >= count) {
            throw new IndexOutOfBoundsException("line " + n + " of " + count);
        }
    }
}
