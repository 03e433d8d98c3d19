package dev.xinspect.core.format;

import dev.xinspect.core.http.Body;
import java.util.Arrays;

/**
 * Where the rows of one piece of a text start ({@link BodyLines}): lines end at {@code \n}, a CR before it is no
 * row of its own, and a line longer than the width goes on over several rows, cut between characters.
 */
final class RowStarts {
    private final byte[] bytes;
    private final int from;
    private final int to;
    private final boolean last;
    /** Whether the first row goes on from the piece before: false once that line is found to end right here. */
    boolean continuesBefore;
    /** After {@link #index}: where each row starts in the piece's array, {@code count} of them (more room after). */
    int[] starts;
    int count;
    /** After {@link #index}: the bytes of a line this piece leaves unfinished (0 when it ends with a line break). */
    int carried;

    /** {@code scratch}: an array to write the starts in when it is large enough for a first guess (it is overwritten). */
    RowStarts(Body.Slice slice, boolean last, boolean continuesBefore, int[] scratch) {
        this.bytes = slice.bytes();
        this.from = slice.from();
        this.to = slice.to();
        this.last = last;
        this.continuesBefore = continuesBefore;
        int guess = Math.max(16, (to - from) / 32);
        this.starts = scratch.length >= guess ? scratch : new int[guess];
    }

    /** @return the longest line ended here, counting {@code carriedIn} bytes of it from the pieces before */
    int index(int width, int carriedIn) {
        int longest = 0;
        int start = from;
        int lineSoFar = carriedIn;
        while (true) {
            int nl = indexOfNewline(bytes, start, to);
            int end = nl < 0 ? to : nl;
            if (end > start && bytes[end - 1] == '\r' && (nl >= 0 || last)) {
                end--; // a CR before the line break is not shown: no row of its own
            }
            longest = Math.max(longest, lineSoFar + end - start);
            if (end == start && count == 0 && continuesBefore && nl >= 0) {
                continuesBefore = false; // the line of the piece before ends right here: no empty row for it
            } else if (end > start || nl >= 0 || last) {
                addRows(start, end, width);
            }
            if (nl < 0) {
                carried = last ? 0 : lineSoFar + end - start;
                return longest;
            }
            start = nl + 1;
            lineSoFar = 0;
            if (start == to && !last) {
                carried = 0; // the piece ends with a line break: the next one starts a line
                return longest;
            }
        }
    }

    private void addRows(int start, int end, int width) {
        int row = start;
        do {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count++] = row;
            row = end - row <= width ? end : BodyLines.cut(bytes, row, row + width);
        } while (row < end);
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int at = from; at < to; at++) {
            if (bytes[at] == '\n') {
                return at;
            }
        }
        return -1;
    }
}
