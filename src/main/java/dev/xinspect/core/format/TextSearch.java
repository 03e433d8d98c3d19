package dev.xinspect.core.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Every place a query stands in the lines of a body, ignoring case as {@link String#regionMatches(boolean, int,
 * String, int, int)} does, left to right and not overlapping (as an editor's find counts them). It runs over the
 * UTF-8 bytes and never builds the body's text: an ASCII query is compared byte by byte on an ASCII line, and only
 * a line with other characters (or any line, for a query with them) is decoded, alone. A 100 MB body is searched in
 * a fraction of a second, so the caller runs it off the UI thread and gives a {@code cancelled} check, asked every
 * megabyte, to drop a search the user has typed past. Past {@link #MAX_MATCHES} places the search stops and says the
 * count is a lower bound. A match never spans a line break (the query is one line, typed in a field), but it may span
 * the cut between two rows of one line (where a piece of a large body ends): it counts on the row it starts on.
 */
public final class TextSearch {
    public static final int MAX_MATCHES = 1_000_000;
    private static final int CHECK_EVERY = 1 << 20;

    private TextSearch() {
    }

    /** The places found, in order: row {@code rows[i]}, from character {@code columns[i]}, {@code queryLength} long. */
    public record Result(int[] rows, int[] columns, int queryLength, boolean capped) {
        public static final Result NONE = new Result(new int[0], new int[0], 0, false);

        public int count() {
            return rows.length;
        }
    }

    /** @return the places, or null when {@code cancelled} said so during the search */
    public static Result find(BodyLines lines, String query, BooleanSupplier cancelled) {
        if (query.isEmpty() || query.indexOf('\n') >= 0) {
            return query.isEmpty() ? Result.NONE : new Result(new int[0], new int[0], query.length(), false);
        }
        Found found = new Found(query.length());
        boolean asciiQuery = query.chars().allMatch(c -> c < 0x80);
        long nextCheck = CHECK_EVERY;
        long scanned = 0;
        int row = 0;
        int skip = 0; // characters at the start of this row (past its end, when it is short) that a match covers
        for (int segment = 0; segment < lines.segmentCount(); segment++) {
            byte[] bytes = lines.bytesOf(segment);
            for (int inSegment = 0; inSegment < lines.rowsIn(segment) && !found.capped(); inSegment++, row++) {
                int start = lines.start(segment, inSegment);
                int end = lines.end(segment, inSegment);
                scanned += end - start + 1;
                if (scanned >= nextCheck) {
                    if (cancelled.getAsBoolean()) {
                        return null;
                    }
                    nextCheck += CHECK_EVERY;
                }
                int lastEnd = asciiQuery && isAscii(bytes, start, end)
                        ? findInAscii(bytes, start, end, query, skip, row, found)
                        : findIn(new String(bytes, start, end - start, StandardCharsets.UTF_8), query, skip, row, found);
                skip = lines.nextContinues(segment, inSegment) ? acrossTheCut(lines, row, lastEnd, query, found) : 0;
            }
        }
        return found.result();
    }

    /**
     * A match that starts on {@code row} and ends on a row after it, where a line goes on (a piece of the body ends
     * inside it): the row's last characters after its last match, joined to the first ones of the rows that go on.
     *
     * @return the characters after the cut that a match covers (on the next row, or past it when that row is short)
     */
    private static int acrossTheCut(BodyLines lines, int row, int lastEnd, String query, Found found) {
        int length = query.length();
        String here = lines.line(row);
        if (lastEnd >= here.length()) {
            return lastEnd - here.length(); // a match from before covers this row and goes on past it
        }
        if (length < 2 || found.capped()) {
            return 0;
        }
        int tailStart = Math.max(lastEnd, here.length() - (length - 1));
        String tail = here.substring(tailStart); // shorter than the query: any match starting in it crosses the cut
        StringBuilder joined = new StringBuilder(tail);
        for (int next = row + 1; joined.length() < tail.length() + length - 1; next++) {
            joined.append(lines.linePrefix(next, 4 * (length - 1)));
            if (next + 1 >= lines.count() || !lines.continues(next + 1)) {
                break;
            }
        }
        String text = joined.toString();
        for (int at = 0; at < tail.length() && at <= text.length() - length; at++) {
            if (text.regionMatches(true, at, query, 0, length)) {
                found.add(row, tailStart + at);
                return at + length - tail.length();
            }
        }
        return 0;
    }

    private static boolean isAscii(byte[] bytes, int start, int end) {
        for (int at = start; at < end; at++) {
            if (bytes[at] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Both ASCII: one byte is one character, and case is folded for A to Z alone. @return where the last match ends */
    private static int findInAscii(byte[] bytes, int start, int end, String query, int from, int row, Found found) {
        int length = query.length();
        int lastEnd = from;
        for (int at = start + from; at <= end - length && !found.capped(); at++) {
            int i = 0;
            while (i < length && lower(bytes[at + i]) == lower((byte) query.charAt(i))) {
                i++;
            }
            if (i == length) {
                found.add(row, at - start);
                at += length - 1;
                lastEnd = at + 1 - start;
            }
        }
        return lastEnd;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    /** @return where the last match ends */
    private static int findIn(String line, String query, int from, int row, Found found) {
        int length = query.length();
        int lastEnd = from;
        for (int at = from; at <= line.length() - length && !found.capped(); at++) {
            if (line.regionMatches(true, at, query, 0, length)) {
                found.add(row, at);
                at += length - 1;
                lastEnd = at + 1;
            }
        }
        return lastEnd;
    }

    /** The places so far, in two growing arrays. */
    private static final class Found {
        private final int length;
        private int[] rows = new int[16];
        private int[] columns = new int[16];
        private int count;

        Found(int length) {
            this.length = length;
        }

        void add(int row, int column) {
            if (count == rows.length) {
                rows = Arrays.copyOf(rows, count * 2);
                columns = Arrays.copyOf(columns, count * 2);
            }
            rows[count] = row;
            columns[count++] = column;
        }

        boolean capped() {
            return count >= MAX_MATCHES;
        }

        Result result() {
            return new Result(Arrays.copyOf(rows, count), Arrays.copyOf(columns, count), length, capped());
        }
    }
}
