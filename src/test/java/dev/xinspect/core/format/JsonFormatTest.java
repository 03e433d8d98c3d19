package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.format.JsonHighlighter.Span;
import dev.xinspect.core.http.Body;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class JsonFormatTest {
    private final JsonPrettyPrinter printer = new JsonPrettyPrinter();
    private final JsonHighlighter highlighter = new JsonHighlighter();

    @Test
    void prettyPrintsWithTwoSpacesKeepingOrderAndNumbers() {
        JsonPrettyPrinter.Result result = printer.format("{\"b\":1.50,\"s\":\"a : b\",\"a\":[true,null,\"x\\\"y\"],\"id\":12345678901234567890}");

        assertTrue(result.json());
        assertEquals("""
                {
                  "b": 1.50,
                  "s": "a : b",
                  "a": [
                    true,
                    null,
                    "x\\"y"
                  ],
                  "id": 12345678901234567890
                }""", result.text());
    }

    @Test
    void ndjsonValuesAreEachPrinted() {
        assertEquals("{\n  \"a\": 1\n}\n{\n  \"a\": 2\n}", printer.format("{\"a\":1}\n{\"a\":2}\n").text());
    }

    @Test
    void nonJsonAndBrokenJsonComeBackUnchanged() {
        assertFalse(printer.format("<html>Over capacity</html>").json());
        JsonPrettyPrinter.Result broken = printer.format("{\"a\":");
        assertFalse(broken.json());
        assertEquals("{\"a\":", broken.text());
    }

    @Test
    void aFiveMegabyteMinifiedLineBecomesManyLines() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 50_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"text\":\"").append("y".repeat(80)).append("\"}");
        }
        String pretty = printer.format(json.append(']').toString()).text();

        assertEquals(50_000 * 4 + 2, pretty.lines().count());
    }

    private JsonPrettyPrinter.Lines formatBytes(String text) {
        return printer.formatUtf8(Body.ofBytes(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * From the X API v2 docs' sample answer to GET /2/tweets/search/recent (docs.x.com, "Search Posts"), with
     * non-ASCII text, an emoji, escapes and a byte order mark: formatted from bytes, it reads as formatted from text.
     */
    @Test
    void formattingTheBytesGivesTheSameLinesAsFormattingTheText() {
        String body = "{\"data\":[{\"author_id\":\"2244994945\",\"id\":\"1373001119480344583\",\"text\":"
                + "\"Looking to get started with the Twitter API but new to APIs in general? \\n@jessicagarson will walk "
                + "you through everything you need to know in APIs 101 session. She\\u2019ll use examples using our v2 "
                + "endpoints, Tuesday, March 23rd at 1 p.m. EST.\\n\\nJoin us on Twitch\\nhttps://t.co/GrtBOXyHmB — "
                + "Ünïcödé 🚀\"}],\"meta\":{\"newest_id\":\"1373001119480344583\",\"result_count\":1}}";
        JsonPrettyPrinter.Lines lines = formatBytes("\uFEFF" + body);

        assertTrue(lines.json());
        assertEquals(printer.format(body).text(), lines.lines().text());
        assertEquals("  \"data\": [", lines.lines().line(1));
        assertFalse(formatBytes("<html>Over capacity</html>").json());
        assertEquals("{\"a\":", formatBytes("{\"a\":").lines().text());
    }

    /** A large body's first screen is handed on as soon as it is formatted: whole lines, the first of the result. */
    @Test
    void theFirstScreenComesFirstAsWholeLinesOfTheResult() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"text\":\"é").append("y".repeat(40)).append("\"}");
        }
        byte[] utf8 = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
        List<BodyLines> first = new java.util.ArrayList<>();

        JsonPrettyPrinter.Lines all = printer.formatUtf8(Body.ofBytes(utf8), first::add);

        assertEquals(1, first.size());
        BodyLines screen = first.getFirst();
        assertTrue(screen.size() >= JsonPrettyPrinter.FIRST_SCREEN_BYTES - 200 && screen.count() > 100, "a screenful");
        for (int line = 0; line < screen.count(); line++) {
            assertEquals(all.lines().line(line), screen.line(line));
        }
        printer.formatUtf8(Body.ofText("{}"), first::add);
        assertEquals(1, first.size(), "a small body is formatted at once, with no first screen of its own");
    }

    /** Any mix of JSON pieces, valid or not: bytes and text give the same outcome. */
    @Property(tries = 300)
    void bytesAndTextAlwaysAgree(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 11) Integer> pieces) {
        String[] alphabet = {"{", "}", "[", "]", "\"k\":", "\"é𝕏\"", "1.50", ",", "null", " ", "\n", "x"};
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(alphabet[p]));
        JsonPrettyPrinter.Result expected = printer.format(text.toString());
        JsonPrettyPrinter.Lines actual = formatBytes(text.toString());
        assertEquals(expected.json(), actual.json(), text.toString());
        assertEquals(expected.text(), actual.lines().text(), text.toString());
        JsonPrettyPrinter.Lines pieced = printer.formatUtf8(Body.ofText(text.toString()), first -> { }, 8);
        assertEquals(expected.text(), pieced.lines().text(), "formatted into pieces of 8 bytes: " + text);
        assertEquals(actual.lines().count(), pieced.lines().count(), "pieces end at line breaks: no row of its own");
    }

    /** Formatted into pieces, every line is whole in one piece: the rows are the lines, as from one array. */
    @Test
    void formattedPiecesEndAtLineBreaksSoEveryRowIsALine() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 2_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"text\":\"é𝕏").append("y".repeat(i % 90)).append("\"}");
        }
        String text = json.append(",\"").append("z".repeat(5_000)).append("\"]").toString();
        JsonPrettyPrinter.Lines one = printer.formatUtf8(Body.ofText(text));

        JsonPrettyPrinter.Lines pieced = printer.formatUtf8(Body.ofText(text), first -> { }, 1_024);

        assertEquals(one.lines().count(), pieced.lines().count());
        for (int line = 0; line < one.lines().count(); line++) {
            assertEquals(one.lines().line(line), pieced.lines().line(line));
            assertFalse(pieced.lines().continues(line), "line " + line);
        }
        assertEquals(one.lines().text(), pieced.lines().text());
    }

    @Test
    void highlightsKeysStringsNumbersLiteralsAndPunctuation() {
        assertEquals(List.of(new Span(2, ""), new Span(6, JsonHighlighter.KEY), new Span(1, JsonHighlighter.PUNCTUATION),
                        new Span(1, ""), new Span(4, JsonHighlighter.STRING), new Span(1, JsonHighlighter.PUNCTUATION)),
                highlighter.highlight("  \"text\": \"hi\","));
        assertEquals(List.of(new Span(3, JsonHighlighter.NUMBER), new Span(1, JsonHighlighter.PUNCTUATION),
                        new Span(1, ""), new Span(4, JsonHighlighter.LITERAL)),
                highlighter.highlight("-12, null"));
    }

    @Test
    void escapedQuotesStayInsideTheString() {
        assertEquals(List.of(new Span(8, JsonHighlighter.STRING)), highlighter.highlight("\"a\\\"b\\\\\""));
    }

    @Test
    void spansAlwaysCoverTheWholeLine() {
        for (String line : List.of("", "   ", "\"unterminated", "{\"a\":tru", "\u0000\u0001 ☃ \"x\" 1e10 ]")) {
            assertEquals(line.length(), highlighter.highlight(line).stream().mapToInt(Span::length).sum(), line);
        }
    }
}
