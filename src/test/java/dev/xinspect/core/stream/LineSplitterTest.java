package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private final List<LineSplitter.Line> lines = new ArrayList<>();

    private void feed(LineSplitter splitter, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        splitter.feed(bytes, bytes.length);
    }

    @Test
    void splitsCrlfAndLfAcrossChunkBoundaries() {
        LineSplitter splitter = new LineSplitter(1024, lines::add);
        feed(splitter, "{\"a\":1}\r\n\r");
        feed(splitter, "\n{\"b\"");
        feed(splitter, ":2}\n");

        assertEquals(List.of(new LineSplitter.Line("{\"a\":1}", false), new LineSplitter.Line("", false),
                new LineSplitter.Line("{\"b\":2}", false)), lines);
    }

    @Test
    void aLineOverTheLimitIsCutAndFlaggedAndTheNextLineIsWhole() {
        LineSplitter splitter = new LineSplitter(8, lines::add);
        feed(splitter, "0123456789abcdef\nok\n");

        assertEquals(List.of(new LineSplitter.Line("01234567", true), new LineSplitter.Line("ok", false)), lines);
    }

    @Test
    void anUnfinishedLineIsPending() {
        LineSplitter splitter = new LineSplitter(1024, lines::add);
        feed(splitter, "{\"data\":");

        assertEquals(8, splitter.pendingBytes());
        assertEquals(List.of(), lines);
    }
}
