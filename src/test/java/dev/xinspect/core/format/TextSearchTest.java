package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    private static TextSearch.Result find(String text, String query) {
        return TextSearch.find(BodyLines.of(text), query, () -> false);
    }

    @Test
    void findsEveryPlaceIgnoringCaseWithoutOverlapping() {
        TextSearch.Result result = find("{\"ID\": \"1\",\n \"id\": \"aaaa\"}", "Id");
        assertArrayEquals(new int[] {0, 1}, result.rows());
        assertArrayEquals(new int[] {2, 2}, result.columns());
        assertEquals(2, result.queryLength());
        assertArrayEquals(new int[] {0, 2}, find("aaaa", "aa").columns());
    }

    @Test
    void anEmptyQueryOrOneLongerThanTheTextFindsNothing() {
        assertEquals(0, find("abc", "").count());
        assertEquals(0, find("abc", "abcd").count());
        assertEquals(1, find("abc", "ABC").count());
    }

    @Test
    void columnsCountCharactersOnALineWithOthersThanAscii() {
        TextSearch.Result result = find("{\"text\": \"Ünïcödé 𝕏 post\"}", "POST");
        assertArrayEquals(new int[] {"{\"text\": \"Ünïcödé 𝕏 post\"}".indexOf("post")}, result.columns()); // 𝕏 is two chars
        assertEquals(1, find("Straße STRASSE", "straße").count());
    }

    /** A formatted body held in pieces: every match is found, on the row it is on, as in one array. */
    @Test
    void aBodyFormattedIntoPiecesIsSearchedAcrossEveryPiece() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 500; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"text\":\"").append(i % 7 == 0 ? "Ünï X dev" : "x dev")
                    .append("\"}");
        }
        String text = json.append(']').toString();
        JsonPrettyPrinter printer = new JsonPrettyPrinter();
        BodyLines one = printer.formatUtf8(dev.xinspect.core.http.Body.ofText(text)).lines();
        BodyLines pieced = printer.formatUtf8(dev.xinspect.core.http.Body.ofText(text), first -> { }, 256).lines();

        TextSearch.Result expected = TextSearch.find(one, "X DEV", () -> false);
        TextSearch.Result actual = TextSearch.find(pieced, "X DEV", () -> false);

        assertEquals(500, expected.count());
        assertArrayEquals(expected.rows(), actual.rows());
        assertArrayEquals(expected.columns(), actual.columns());
    }

    @Test
    void aCancelledSearchGivesNothing() {
        assertNull(TextSearch.find(BodyLines.of("x".repeat(3 << 20)), "y", () -> true));
    }

    @Test
    void pastTheLimitTheCountIsALowerBound() {
        TextSearch.Result result = find("a".repeat(TextSearch.MAX_MATCHES + 5), "a");
        assertEquals(TextSearch.MAX_MATCHES, result.count());
        assertTrue(result.capped());
    }

    /**
     * The same places as a scan of each line of the one-shot String with {@code regionMatches} ignoring case (what
     * an editor's find does), over text with ASCII, accented letters, a Kelvin sign that folds to "k" and emoji.
     */
    @Property(tries = 500)
    void findsWhatAScanOfTheDecodedTextFinds(@ForAll @Size(max = 150) List<@IntRange(min = 0, max = 9) Integer> pieces,
                                            @ForAll @StringLength(min = 1, max = 3) String seed) {
        String text = text(pieces);
        String query = query(seed);
        TextSearch.Result found = find(text, query);
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.count(); i++) {
            actual.add(found.rows()[i] + ":" + found.columns()[i]);
        }
        assertEquals(editorMatches(text, query), actual);
    }

    /** The property's first find: a match over three rows of one line, the middle one a single character. */
    @Test
    void aMatchOverARowShorterThanTheQueryIsFound() {
        BodyLines rows = BodyLines.wrapped(BodyLinesTest.cut("aaaak".getBytes(StandardCharsets.UTF_8), List.of(3, 4)),
                Integer.MAX_VALUE);
        assertEquals(3, rows.count());
        TextSearch.Result found = TextSearch.find(rows, "AAK", () -> false);
        assertArrayEquals(new int[] {0}, found.rows());
        assertArrayEquals(new int[] {2}, found.columns());
    }

    /**
     * A body held in pieces cut anywhere between characters, lines included: the same places as the editor's scan
     * of whole lines, a match across a cut counted on the row it starts on.
     */
    @Property(tries = 1000)
    void aMatchAcrossTheCutBetweenTwoPiecesIsFoundOnce(
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 9) Integer> pieces,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 300) Integer> cuts,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 6) Integer> queryPieces) {
        String text = text(pieces);
        String query = text(queryPieces);
        BodyLines rows = BodyLines.wrapped(BodyLinesTest.cut(text.getBytes(StandardCharsets.UTF_8), cuts), Integer.MAX_VALUE);
        TextSearch.Result found = TextSearch.find(rows, query, () -> false);

        int[] lineOfRow = new int[rows.count()];
        int[] offsetOfRow = new int[rows.count()]; // characters of the line before the row
        for (int row = 1; row < rows.count(); row++) {
            boolean goesOn = rows.continues(row);
            lineOfRow[row] = lineOfRow[row - 1] + (goesOn ? 0 : 1);
            offsetOfRow[row] = goesOn ? offsetOfRow[row - 1] + rows.line(row - 1).length() : 0;
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.count(); i++) {
            int row = found.rows()[i];
            actual.add(lineOfRow[row] + ":" + (offsetOfRow[row] + found.columns()[i]));
        }
        assertEquals(editorMatches(text, query), actual);
    }

    /** Text over ASCII, accented letters, a Kelvin sign that folds to "k", emoji and both line breaks. */
    private static final String[] ALPHABET = {"a", "A", "k", "K", "\u212A", "é", "É", "\n", "\r\n", "😀"};

    private static String text(List<Integer> pieces) {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(ALPHABET[p]));
        return text.toString();
    }

    private static String query(String seed) {
        return seed.chars().mapToObj(c -> ALPHABET[Math.floorMod(c, 7)]).reduce("", String::concat);
    }

    /** What an editor's find counts: each line scanned with {@code regionMatches} ignoring case, as "line:column". */
    private static List<String> editorMatches(String text, String query) {
        List<String> expected = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int row = 0; row < lines.length; row++) {
            String line = lines[row].endsWith("\r") ? lines[row].substring(0, lines[row].length() - 1) : lines[row];
            for (int at = 0; at <= line.length() - query.length(); at++) {
                if (line.regionMatches(true, at, query, 0, query.length())) {
                    expected.add(row + ":" + at);
                    at += query.length() - 1;
                }
            }
        }
        return expected;
    }
}
