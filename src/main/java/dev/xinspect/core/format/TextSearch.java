package dev.xinspect.core.format;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Every place a query stands in a text, ignoring case, left to right and not overlapping (as an editor's find
 * counts them). One pass, no copy of the text: a 100 MB body is searched in a fraction of a second, so the caller
 * runs it off the UI thread and gives a {@code cancelled} check, asked every megabyte, to drop a search the user
 * has typed past. Past {@link #MAX_MATCHES} places the search stops and says the count is a lower bound.
 */
public final class TextSearch {
    public static final int MAX_MATCHES = 1_000_000;
    private static final int CHECK_EVERY = 1 << 20;

    private TextSearch() {
    }

    /** The places found: {@code starts} ascending, each {@code queryLength} characters long. */
    public record Result(int[] starts, int queryLength, boolean capped) {
        public static final Result NONE = new Result(new int[0], 0, false);

        public int count() {
            return starts.length;
        }
    }

    /** @return the places, or null when {@code cancelled} said so during the search */
    public static Result find(String text, String query, BooleanSupplier cancelled) {
        if (query.isEmpty() || query.length() > text.length()) {
            return query.isEmpty() ? Result.NONE : new Result(new int[0], query.length(), false);
        }
        char lower = Character.toLowerCase(query.charAt(0));
        char upper = Character.toUpperCase(query.charAt(0));
        int length = query.length();
        int last = text.length() - length;
        int[] starts = new int[16];
        int count = 0;
        int nextCheck = CHECK_EVERY;
        for (int at = 0; at <= last; at++) {
            if (at >= nextCheck) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                nextCheck += CHECK_EVERY;
            }
            char c = text.charAt(at);
            if ((c == lower || c == upper) && text.regionMatches(true, at + 1, query, 1, length - 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = at;
                if (count == MAX_MATCHES) {
                    return new Result(Arrays.copyOf(starts, count), length, true);
                }
                at += length - 1;
            }
        }
        return new Result(Arrays.copyOf(starts, count), length, false);
    }
}
