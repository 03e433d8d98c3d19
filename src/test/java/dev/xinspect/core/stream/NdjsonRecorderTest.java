package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonRecorderTest {
    @TempDir
    Path folder;

    @Test
    void linesAreWrittenAsReceivedOnePerLine() throws IOException {
        Path file = folder.resolve("stream.ndjson");
        String post = "{\"data\":{\"id\":\"1\",\"text\":\"caf\u00e9 \\\"quoted\\\" \ud83d\ude00\"}}";
        try (NdjsonRecorder recorder = NdjsonRecorder.start(file, 100, line -> line)) {
            assertTrue(recorder.record(post));
            assertTrue(recorder.record("{\"data\":{\"id\":\"2\"}}"));
        }

        assertEquals(post + "\n{\"data\":{\"id\":\"2\"}}\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void linesAfterCloseAreCountedNotLost() throws IOException {
        NdjsonRecorder recorder = NdjsonRecorder.start(folder.resolve("s.ndjson"), 100, line -> line);
        recorder.record("{}");
        recorder.close();

        assertEquals(false, recorder.record("{}"));
        assertEquals(1, recorder.written());
        assertEquals(1, recorder.skipped());
    }

    @Test
    void aFolderThatDoesNotExistIsOnePlainSentence() {
        IOException e = assertThrows(IOException.class, () -> NdjsonRecorder.start(folder.resolve("gone/s.ndjson"), 10, line -> line));

        assertTrue(e.getMessage().startsWith("Could not save to s.ndjson: the folder does not exist"), e.getMessage());
    }
}
