package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xinspect.core.http.Body;
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
        assertEquals(editorLines(text.toString()), joinedLines(rows, width));
    }

    /** The lines the rows make, each row that continues joined to the one before it; every row at most {@code width}. */
    private static List<String> joinedLines(BodyLines rows, int width) {
        List<String> joined = new ArrayList<>();
        for (int row = 0; row < rows.count(); row++) {
            if (rows.continues(row)) {
                joined.set(joined.size() - 1, joined.getLast() + rows.line(row));
            } else {
                joined.add(rows.line(row));
            }
            assertEquals(true, rows.lineSize(row) <= width, "row " + row + " is at most the width");
        }
        return joined;
    }

    /**
     * A text in pieces (as a large body is held), cut anywhere a body may be cut (never inside a character or between
     * a CR and its LF): the rows still join back to the text's lines, and the text, its size and its longest line
     * are the same as from one array.
     */
    @Property(tries = 500)
    void piecesCutAnywhereBetweenCharactersGiveTheSameLines(
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 7) Integer> pieces,
            @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 400) Integer> cuts,
            @ForAll @IntRange(min = 4, max = 12) int width) {
        String[] alphabet = {"a", "B", "\n", "\r\n", "é", "€", "𝕏", " "};
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(alphabet[p]));
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        List<Body.Slice> slices = cut(utf8, cuts);
        BodyLines whole = BodyLines.ofUtf8(utf8, 0, utf8.length);

        for (int w : List.of(width, Integer.MAX_VALUE)) {
            BodyLines rows = BodyLines.wrapped(slices, w);
            assertEquals(editorLines(text.toString()), joinedLines(rows, w), slices.size() + " pieces, width " + w);
            assertEquals(text.toString(), rows.text());
            assertEquals(utf8.length, rows.size());
            assertEquals(whole.longestLine(), rows.longestLine());
        }
    }

    /** {@code bytes} in pieces, each in an array of its own, cut at the given places moved to where a body may be cut. */
    static List<Body.Slice> cut(byte[] bytes, List<Integer> places) {
        List<Integer> at = new ArrayList<>();
        for (int place : places.stream().sorted().toList()) {
            int c = Math.min(place, bytes.length);
            while (c > 0 && c < bytes.length && ((bytes[c] & 0xC0) == 0x80 || bytes[c - 1] == '\r' && bytes[c] == '\n')) {
                c--;
            }
            if (c > (at.isEmpty() ? 0 : at.getLast()) && c < bytes.length) {
                at.add(c);
            }
        }
        at.add(bytes.length);
        List<Body.Slice> slices = new ArrayList<>();
        int from = 0;
        for (int to : at) {
            if (to > from || slices.isEmpty()) {
                slices.add(new Body.Slice(java.util.Arrays.copyOfRange(bytes, from, to), 0, to - from));
            }
            from = to;
        }
        return slices;
    }

    @Test
    void aLineGoingOnIntoTheNextPieceGoesOnInARowOfItsOwn() {
        byte[] first = "ab\ncd".getBytes(StandardCharsets.UTF_8);
        byte[] second = "ef\n\ngh".getBytes(StandardCharsets.UTF_8);
        BodyLines rows = BodyLines.wrapped(List.of(new Body.Slice(first, 0, first.length), new Body.Slice(second, 0, second.length)),
                Integer.MAX_VALUE);

        assertEquals(List.of("ab", "cd", "ef", "", "gh"), lines(rows));
        assertEquals(List.of(false, false, true, false, false), IntStream.range(0, rows.count()).mapToObj(rows::continues).toList());
        assertEquals("ab\ncdef\n\ngh", rows.lines(List.of(0, 1, 2, 3, 4)));
        assertEquals(4, rows.longestLine());
    }

    @Test
    void aPieceThatOnlyEndsTheLineBeforeItAddsNoRow() {
        byte[] first = "ab".getBytes(StandardCharsets.UTF_8);
        byte[] second = "\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] third = "c".getBytes(StandardCharsets.UTF_8);
        BodyLines rows = BodyLines.wrapped(List.of(new Body.Slice(first, 0, 2), new Body.Slice(second, 0, 2),
                new Body.Slice(third, 0, 1)), Integer.MAX_VALUE);

        assertEquals(List.of("ab", "c"), lines(rows));
        assertEquals(false, rows.continues(1));
        assertEquals("ab\r\nc", rows.text());
    }

    @Test
    void aBodyInOnePieceLosesItsByteOrderMark() {
        BodyLines rows = BodyLines.of(Body.ofBytes("\uFEFF{\n}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("{", "}"), lines(rows));
    }
}
