package dev.xinspect.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    private static List<String> lines(LineIndex index) {
        return IntStream.range(0, index.count()).mapToObj(index::line).toList();
    }

    @Test
    void linesAreTheTextSplitAtLineBreaksKeepingEmptyOnes() {
        assertEquals(List.of("{", "  \"a\": 1,", "", "}"), lines(LineIndex.of("{\n  \"a\": 1,\n\n}")));
    }

    @Test
    void aTrailingLineBreakLeavesAnEmptyLastLineAndCarriageReturnsAreDropped() {
        assertEquals(List.of("a", "b", ""), lines(LineIndex.of("a\r\nb\n")));
        assertEquals(List.of(""), lines(LineIndex.of("")));
    }

    @Test
    void manyLinesGrowTheIndexAndMatchSplit() {
        String text = IntStream.range(0, 10_000).mapToObj(i -> "line " + i).reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertEquals(List.of(text.split("\n")), lines(LineIndex.of(text)));
    }

    @Test
    void eachOffsetFallsInTheRowThatHoldsIt() {
        LineIndex index = LineIndex.of("ab\ncd\n\nef");
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 2, 3, 3, 3), IntStream.rangeClosed(0, 9).map(index::rowOf).boxed().toList());
        assertEquals(7, index.rowStart(3));
        LineIndex rows = LineIndex.wrapped("abcdefg", 3);
        assertEquals(List.of(0, 0, 0, 1, 2), IntStream.of(0, 2, 1, 3, 6).map(rows::rowOf).boxed().toList());
    }

    @Test
    void aLineOutsideTheTextIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> LineIndex.of("a\nb").line(2));
    }

    @Test
    void wrappedRowsCutLongLinesAndJoinBackToTheText() {
        LineIndex rows = LineIndex.wrapped("abcdefg\nhi\n\nxyz", 3);

        assertEquals(List.of("abc", "def", "g", "hi", "", "xyz"), lines(rows));
        assertEquals(List.of(false, true, true, false, false, false),
                IntStream.range(0, rows.count()).mapToObj(rows::continues).toList());
        assertEquals(7, rows.longestLine());
        assertEquals("abcdefg\nhi", rows.lines(List.of(0, 1, 2, 3)));
        assertEquals("abc\ng", rows.lines(List.of(0, 2)));
    }

    @Test
    void aLineOfExactlyTheWidthIsOneRow() {
        assertEquals(List.of("abc", "de"), lines(LineIndex.wrapped("abc\r\nde", 3)));
        assertEquals(List.of("abc", ""), lines(LineIndex.wrapped("abc\n", 3)));
    }
}
