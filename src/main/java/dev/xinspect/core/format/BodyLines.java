package dev.xinspect.core.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A body held once, as UTF-8 bytes, with where each row starts: a view decodes only the rows it shows, where one
 * String of a 10 MB body costs 10 to 20 MB more and a second copy of it while it is built (a pretty-printed 10 MB
 * minified response is about 530,000 lines). Lines end at {@code \n}; a {@code \r} before it (or at the very end) is
 * not part of the line. A text that ends with {@code \n} has an empty last line, as an editor shows it.
 * {@link #wrapped} also cuts lines longer than a width into rows, never inside a UTF-8 sequence, so a 10 MB minified
 * line is 10,000 rows a view lays out one at a time. The bytes are handed over, never copied: the caller never
 * changes them again. Immutable and thread-safe.
 */
public final class BodyLines {
    public static final BodyLines EMPTY = of("");

    private final byte[] bytes;
    private final int from;
    private final int to;
    private final int[] starts;
    private final int count;
    private final int longest;

    private BodyLines(byte[] bytes, int from, int to, int[] starts, int count, int longest) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
        this.starts = starts;
        this.count = count;
        this.longest = longest;
    }

    public static BodyLines of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return ofUtf8(utf8, 0, utf8.length);
    }

    /** The lines of {@code bytes[from, to)}, which the caller hands over and never changes again. */
    public static BodyLines ofUtf8(byte[] bytes, int from, int to) {
        return wrapped(bytes, from, to, Integer.MAX_VALUE);
    }

    /** Rows of at most {@code width} bytes (at least 4, one UTF-8 sequence): a longer line goes on over several rows. */
    public static BodyLines wrapped(byte[] bytes, int from, int to, int width) {
        if (width < 4 || from < 0 || to > bytes.length || from > to) {
            throw new IllegalArgumentException("width " + width + ", bytes " + from + " to " + to);
        }
        int[] starts = new int[Math.max(16, (to - from) / 32)];
        int count = 0;
        int longest = 0;
        int start = from;
        while (true) {
            int nl = indexOfNewline(bytes, start, to);
            int end = nl < 0 ? to : nl;
            if (end > start && bytes[end - 1] == '\r') {
                end--; // a CR before the line break is not shown: no row of its own
            }
            longest = Math.max(longest, end - start);
            int row = start;
            do {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = row;
                row = end - row <= width ? end : cut(bytes, row, row + width);
            } while (row < end);
            if (nl < 0) {
                return new BodyLines(bytes, from, to, starts, count, longest);
            }
            start = nl + 1;
        }
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int at = from; at < to; at++) {
            if (bytes[at] == '\n') {
                return at;
            }
        }
        return -1;
    }

    /** {@code end}, moved back to the lead byte of the UTF-8 sequence it falls in (continuation bytes are 10xxxxxx). */
    private static int cut(byte[] bytes, int start, int end) {
        for (int at = end; at > Math.max(start, end - 4); at--) {
            if ((bytes[at] & 0xC0) != 0x80) {
                return at;
            }
        }
        return end; // no UTF-8 sequence is this long: cut where asked
    }

    /** The number of rows (lines, when not {@link #wrapped}). */
    public int count() {
        return count;
    }

    /** The size in bytes of the longest line, before any wrapping. */
    public int longestLine() {
        return longest;
    }

    /** The size of the text in bytes. */
    public int size() {
        return to - from;
    }

    public boolean isEmpty() {
        return to == from;
    }

    /** True when row {@code n} goes on from the row before it: a long line {@link #wrapped} there. */
    public boolean continues(int n) {
        check(n);
        return n > 0 && bytes[starts[n] - 1] != '\n';
    }

    /** Row {@code n} (0-based) without its line break. */
    public String line(int n) {
        return new String(bytes, starts[check(n)], end(n) - starts[n], StandardCharsets.UTF_8);
    }

    /** At most the first {@code bytes} bytes of row {@code n}, cut at a character: a cell shows no more. */
    public String linePrefix(int n, int most) {
        int start = starts[check(n)];
        int end = end(n);
        return new String(bytes, start, (end - start <= most ? end : cut(bytes, start, start + most)) - start, StandardCharsets.UTF_8);
    }

    /** The size in bytes of row {@code n}. */
    public int lineSize(int n) {
        return end(n) - starts[check(n)];
    }

    /** Where row {@code n} starts, as an offset into the array handed over, and where it ends. */
    int start(int n) {
        return starts[n];
    }

    int end(int n) {
        int end = n + 1 >= count ? to : bytes[starts[n + 1] - 1] == '\n' ? starts[n + 1] - 1 : starts[n + 1];
        if (end > starts[n] && bytes[end - 1] == '\r' && (n + 1 >= count || !continues(n + 1))) {
            end--;
        }
        return end;
    }

    byte at(int offset) {
        return bytes[offset];
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

    /** The whole text, decoded now: for the clipboard or an editor, never kept here. */
    public String text() {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private int check(int n) {
        if (n < 0 || n >= count) {
            throw new IndexOutOfBoundsException("line " + n + " of " + count);
        }
        return n;
    }
}
