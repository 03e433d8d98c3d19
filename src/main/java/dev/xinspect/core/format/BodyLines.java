package dev.xinspect.core.format;

import dev.xinspect.core.http.Body;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A body held once, as UTF-8 bytes, with where each row starts: a view decodes only the rows it shows, where one
 * String of a 10 MB body costs 10 to 20 MB more and a second copy of it while it is built (a pretty-printed 10 MB
 * minified response is about 530,000 lines). Lines end at {@code \n}; a {@code \r} before it (or at the very end) is
 * not part of the line. A text that ends with {@code \n} has an empty last line, as an editor shows it.
 * {@link #wrapped} also cuts lines longer than a width into rows, never inside a UTF-8 sequence, so a 10 MB minified
 * line is 10,000 rows a view lays out one at a time.
 *
 * <p>The text may come in pieces ({@link Body.Slice}: a large body is never one array, see {@link Body}), none cut
 * inside a UTF-8 sequence or between a CR and its LF. A line that goes on into the next piece goes on in a row of its
 * own there, as a wrapped line does. The bytes are handed over, never copied: the caller never changes them again.
 * Immutable and thread-safe.
 */
public final class BodyLines {
    public static final BodyLines EMPTY = of("");

    /** The text, in the pieces it came in. */
    private final Body.Slice[] pieces;
    /** The pieces that have rows (a piece that only ends the line before it has none), with their rows. */
    private final Segment[] segments;
    /** The first row of each segment, ascending: row {@code n} is in the last segment that starts at or before it. */
    private final int[] firstRows;
    private final int count;
    private final int longest;
    private final int size;

    /** The rows of one piece, {@code bytes[from, to)}: row {@code r} starts at {@code slab[first + r]}. */
    private record Segment(byte[] bytes, int to, int[] slab, int first, int count, boolean continuesBefore) {
        int start(int row) {
            return slab[first + row];
        }
    }

    private BodyLines(List<Body.Slice> pieces, List<Segment> segments, int longest) {
        this.pieces = pieces.toArray(Body.Slice[]::new);
        this.segments = segments.toArray(Segment[]::new);
        this.firstRows = new int[this.segments.length];
        int rows = 0;
        for (int s = 0; s < this.segments.length; s++) {
            firstRows[s] = rows;
            rows += this.segments[s].count;
        }
        int bytes = 0;
        for (Body.Slice piece : pieces) {
            bytes += piece.size();
        }
        this.count = rows;
        this.longest = longest;
        this.size = bytes;
    }

    public static BodyLines of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return ofUtf8(utf8, 0, utf8.length);
    }

    /** The lines of {@code bytes[from, to)}, which the caller hands over and never changes again. */
    public static BodyLines ofUtf8(byte[] bytes, int from, int to) {
        return wrapped(bytes, from, to, Integer.MAX_VALUE);
    }

    /** The lines of a body as it came (a byte order mark left out), over its own bytes. */
    public static BodyLines of(Body body) {
        return wrapped(body, Integer.MAX_VALUE);
    }

    /** Rows of at most {@code width} bytes (at least 4, one UTF-8 sequence): a longer line goes on over several rows. */
    public static BodyLines wrapped(byte[] bytes, int from, int to, int width) {
        if (from < 0 || to > bytes.length || from > to) {
            throw new IllegalArgumentException("bytes " + from + " to " + to + " of " + bytes.length);
        }
        return wrapped(List.of(new Body.Slice(bytes, from, to)), width);
    }

    /** {@link #wrapped(byte[], int, int, int)} over a body's pieces, a byte order mark left out. */
    public static BodyLines wrapped(Body body, int width) {
        List<Body.Slice> slices = new ArrayList<>(body.slices());
        if (body.hasUtf8Bom()) {
            Body.Slice first = slices.removeFirst();
            if (first.size() > 3) {
                slices.addFirst(new Body.Slice(first.bytes(), first.from() + 3, first.to()));
            }
        }
        return wrapped(slices, width);
    }

    /** Rows over pieces of one text, in order: see the class comment. */
    public static BodyLines wrapped(List<Body.Slice> slices, int width) {
        if (width < 4) {
            throw new IllegalArgumentException("width " + width);
        }
        if (slices.isEmpty()) {
            return wrapped(List.of(new Body.Slice(new byte[0], 0, 0)), width);
        }
        List<Segment> segments = new ArrayList<>(slices.size());
        RowStartSlabs slabs = new RowStartSlabs();
        long bytesAfter = 0;
        for (Body.Slice slice : slices) {
            bytesAfter += slice.size();
        }
        int[] scratch = new int[0]; // one array indexes every piece in turn; the slabs keep what it found
        int longest = 0;
        int carried = 0; // the bytes of the line that goes on from the pieces before, for longestLine
        for (int s = 0; s < slices.size(); s++) {
            Body.Slice slice = slices.get(s);
            bytesAfter -= slice.size();
            RowStarts rows = new RowStarts(slice, s == slices.size() - 1, s > 0 && !endsWithNewline(slices.get(s - 1)),
                    scratch);
            longest = Math.max(longest, rows.index(width, carried));
            carried = rows.carried;
            scratch = rows.starts;
            if (rows.count > 0) {
                RowStartSlabs.Packed packed = slabs.pack(rows.starts, rows.count, slice.size(), bytesAfter);
                segments.add(new Segment(slice.bytes(), slice.to(), packed.slab(), packed.first(), rows.count,
                        rows.continuesBefore));
            }
        }
        return new BodyLines(slices, segments, longest);
    }

    private static boolean endsWithNewline(Body.Slice slice) {
        return slice.size() > 0 && slice.bytes()[slice.to() - 1] == '\n';
    }

    /** {@code end}, moved back to the lead byte of the UTF-8 sequence it falls in (continuation bytes are 10xxxxxx). */
    static int cut(byte[] bytes, int start, int end) {
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
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** True when row {@code n} goes on from the row before it: a long line {@link #wrapped} there. */
    public boolean continues(int n) {
        int s = segmentOf(check(n));
        return continues(s, n - firstRows[s]);
    }

    private boolean continues(int s, int row) {
        Segment segment = segments[s];
        return row == 0 ? segment.continuesBefore : segment.bytes[segment.start(row) - 1] != '\n';
    }

    /** Row {@code n} (0-based) without its line break. */
    public String line(int n) {
        int s = segmentOf(check(n));
        int row = n - firstRows[s];
        int start = segments[s].start(row);
        return new String(segments[s].bytes, start, end(s, row) - start, StandardCharsets.UTF_8);
    }

    /** At most the first {@code bytes} bytes of row {@code n}, cut at a character: a cell shows no more. */
    public String linePrefix(int n, int most) {
        int s = segmentOf(check(n));
        int row = n - firstRows[s];
        byte[] bytes = segments[s].bytes;
        int start = segments[s].start(row);
        int end = end(s, row);
        return new String(bytes, start, (end - start <= most ? end : cut(bytes, start, start + most)) - start, StandardCharsets.UTF_8);
    }

    /** The size in bytes of row {@code n}. */
    public int lineSize(int n) {
        int s = segmentOf(check(n));
        int row = n - firstRows[s];
        return end(s, row) - segments[s].start(row);
    }

    /** The segment row {@code n} is in: a binary search over a handful of pieces (a 100 MB body has 25). */
    private int segmentOf(int n) {
        int found = Arrays.binarySearch(firstRows, n);
        return found >= 0 ? found : -found - 2;
    }

    /** Whether the row after row {@code row} of {@code segment} goes on from it (one line over two rows). */
    boolean nextContinues(int segment, int row) {
        if (row + 1 < segments[segment].count) {
            return continues(segment, row + 1);
        }
        return segment + 1 < segments.length && segments[segment + 1].continuesBefore;
    }

    /** The number of pieces, for a reader going through every row ({@link TextSearch}). */
    int segmentCount() {
        return segments.length;
    }

    int rowsIn(int segment) {
        return segments[segment].count;
    }

    byte[] bytesOf(int segment) {
        return segments[segment].bytes;
    }

    /** Where row {@code row} of {@code segment} starts in {@link #bytesOf}, and where it ends. */
    int start(int segment, int row) {
        return segments[segment].start(row);
    }

    int end(int s, int row) {
        Segment segment = segments[s];
        boolean nextContinues = nextContinues(s, row);
        int end;
        if (row + 1 < segment.count) {
            int next = segment.start(row + 1);
            end = nextContinues ? next : next - 1;
        } else {
            end = segment.to;
            if (end > segment.start(row) && segment.bytes[end - 1] == '\n') {
                end--; // the piece ends with this line's break
            }
        }
        if (end > segment.start(row) && segment.bytes[end - 1] == '\r' && !nextContinues) {
            end--;
        }
        return end;
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

    /** The whole text, decoded now: for the clipboard or an editor, never kept here. Pieces end between characters. */
    public String text() {
        StringBuilder text = new StringBuilder(size);
        for (Body.Slice piece : pieces) {
            text.append(new String(piece.bytes(), piece.from(), piece.size(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private int check(int n) {
        if (n < 0 || n >= count) {
            throw new IndexOutOfBoundsException("line " + n + " of " + count);
        }
        return n;
    }
}
