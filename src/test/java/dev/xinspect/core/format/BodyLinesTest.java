package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BodyLinesTest {

    private static List<String> lines(BodyLines index) {
        return IntStream.range(0, index.count()).mapToObj(index::line).toList();
    }

    /** What an editor shows of a text: split at \n, a \r before it (or at the end) left out. */
    private static List<String> editorLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    private static BodyLines wrapped(String text, int width) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return BodyLines.wrapped(utf8, 0, utf8.length, width);
    }

    @Test
    void linesAreTheTextSplitAtLineBreaksKeepingEmptyOnes() {
        assertEquals(List.of("{", "  \"a\": 1,", "", "}"), lines(BodyLines.of("{\n  \"a\": 1,\n\n}")));
    }

    @Test
    void aTrailingLineBreakLeavesAnEmptyLastLineAndCarriageReturnsAreDropped() {
        assertEquals(List.of("a", "b", ""), lines(BodyLines.of("a\r\nb\n")));
        assertEquals(List.of(""), lines(BodyLines.of("")));
        assertEquals("a\r\nb\n", BodyLines.of("a\r\nb\n").text(), "the text keeps every byte");
    }

    @Test
    void manyLinesGrowTheIndexAndMatchSplit() {
        String text = IntStream.range(0, 10_000).mapToObj(i -> "line " + i).reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertEquals(List.of(text.split("\n")), lines(BodyLines.of(text)));
    }

    @Test
    void aLineOutsideTheTextIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> BodyLines.of("a\nb").line(2));
    }

    @Test
    void wrappedRowsCutLongLinesAndJoinBackToTheText() {
        BodyLines rows = wrapped("abcdefg\nhi\n\nxyz", 4);

        assertEquals(List.of("abcd", "efg", "hi", "", "xyz"), lines(rows));
        assertEquals(List.of(false, true, false, false, false), IntStream.range(0, rows.count()).mapToObj(rows::continues).toList());
        assertEquals(7, rows.longestLine());
        assertEquals("abcdefg\nhi", rows.lines(List.of(0, 1, 2)));
        assertEquals("abcd\nhi", rows.lines(List.of(0, 2)));
    }

    @Test
    void aLineOfExactlyTheWidthIsOneRow() {
        assertEquals(List.of("abcd", "de"), lines(wrapped("abcd\r\nde", 4)));
        assertEquals(List.of("abcd", ""), lines(wrapped("abcd\n", 4)));
    }

    /** A row never ends inside a character: "é" is two bytes, "𝕏" four. */
    @Test
    void rowsAreCutBetweenCharactersNeverInsideOne() {
        assertEquals(List.of("aé", "𝕏", "b"), lines(wrapped("aé𝕏b", 4)));
        assertEquals("aé𝕏", BodyLines.of("aé𝕏b").linePrefix(0, 7));
        assertEquals("aé", BodyLines.of("aé𝕏b").linePrefix(0, 6));
    }

    /** Any bytes at all, valid UTF-8 or not: the lines decoded one by one are the lines of the text decoded at once. */
    @Property(tries = 300)
    void linesDecodedOnDemandAreTheLinesOfTheWholeText(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 255) Integer> values) {
        byte[] bytes = new byte[values.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (int) values.get(i);
        }
        String whole = new String(bytes, StandardCharsets.UTF_8);
        BodyLines index = BodyLines.ofUtf8(bytes, 0, bytes.length);
        assertEquals(editorLines(whole), lines(index));
        assertEquals(whole, index.text());
    }

    /** Valid text cut into rows of any width joins back to the lines of the text. */
    @Property(tries = 300)
    void wrappedRowsJoinBackToTheLines(@ForAll @Size(max = 120) List<@IntRange(min = 0, max = 7) Integer> pieces,
                                       @ForAll @IntRange(min = 4, max = 12) int width) {
        String[] alphabet = {"a", "B", "\n", "\r\n", "é", "€", "𝕏", " "};
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(alphabet[p]));
        BodyLines rows = wrapped(text.toString(), width);
        List<String> joined = new ArrayList<>();
        for (int row = 0; row < rows.count(); row++) {
            if (rows.continues(row)) {
                joined.set(joined.size() - 1, joined.getLast() + rows.line(row));
            } else {
                joined.add(rows.line(row));
            }
            assertEquals(true, rows.lineSize(row) <= width, "row " + row + " is at most the width");
        }
        assertEquals(editorLines(text.toString()), joined);
    }
}
