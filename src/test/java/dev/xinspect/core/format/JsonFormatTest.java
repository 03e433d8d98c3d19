package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.format.JsonHighlighter.Span;
import java.util.List;
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
