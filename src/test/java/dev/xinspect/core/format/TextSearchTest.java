package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void findsEveryPlaceIgnoringCaseWithoutOverlapping() {
        TextSearch.Result result = TextSearch.find("{\"ID\": \"1\", \"id\": \"aaaa\"}", "Id", () -> false);
        assertArrayEquals(new int[] {2, 13}, result.starts());
        assertEquals(2, result.queryLength());
        assertArrayEquals(new int[] {0, 2}, TextSearch.find("aaaa", "aa", () -> false).starts());
    }

    @Test
    void anEmptyQueryOrOneLongerThanTheTextFindsNothing() {
        assertEquals(0, TextSearch.find("abc", "", () -> false).count());
        assertEquals(0, TextSearch.find("abc", "abcd", () -> false).count());
        assertEquals(1, TextSearch.find("abc", "ABC", () -> false).count());
    }

    @Test
    void aCancelledSearchGivesNothing() {
        assertNull(TextSearch.find("x".repeat(3 << 20), "y", () -> true));
    }

    @Test
    void pastTheLimitTheCountIsALowerBound() {
        TextSearch.Result result = TextSearch.find("a".repeat(TextSearch.MAX_MATCHES + 5), "a", () -> false);
        assertEquals(TextSearch.MAX_MATCHES, result.count());
        assertTrue(result.capped());
    }

    /** The same places as a plain scan of the lower-cased text with indexOf, for ASCII text. */
    @Property(tries = 300)
    void agreesWithIndexOfOverLowerCasedText(@ForAll @StringLength(max = 200) @CharRange(from = 'a', to = 'd') String text,
                                             @ForAll @StringLength(min = 1, max = 3) @CharRange(from = 'A', to = 'c') String query) {
        String mixed = text.toUpperCase(Locale.ROOT).substring(0, text.length() / 2) + text.substring(text.length() / 2);
        List<Integer> expected = new ArrayList<>();
        String lower = mixed.toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length())) {
            expected.add(at);
        }
        assertEquals(expected, java.util.Arrays.stream(TextSearch.find(mixed, query, () -> false).starts()).boxed().toList());
    }
}
