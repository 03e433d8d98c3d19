package dev.xinspect.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
    @TempDir
    Path folder;

    @Test
    void aFileOfSeveralStepsIsReadWholeAndInOrder() throws IOException {
        byte[] written = new byte[FileBytes.STEP * 2 + 123];
        new Random(20).nextBytes(written);
        Path file = Files.write(folder.resolve("capture.http"), written);
        assertArrayEquals(written, FileBytes.read(file));
    }

    @Test
    void noReadAsksForMoreThanAStep() throws IOException {
        byte[] written = new byte[FileBytes.STEP * 3 + 5];
        new Random(31).nextBytes(written);
        WatchedChannel watched = new WatchedChannel(written);
        byte[] read = new byte[written.length + 10];
        assertEquals(written.length, FileBytes.fill(watched, read));
        assertArrayEquals(written, java.util.Arrays.copyOf(read, written.length));
        assertEquals(FileBytes.STEP, watched.largestAsk());
    }

    @Test
    void anEmptyFileIsEmpty() throws IOException {
        assertEquals(0, FileBytes.read(Files.createFile(folder.resolve("empty.http"))).length);
    }

    @Test
    void aFileWithoutASizeAheadIsReadToItsEnd() throws IOException {
        Path status = Path.of("/proc/self/status");
        Assumptions.assumeTrue(Files.isReadable(status), "Linux only");
        assertTrue(new String(FileBytes.read(status), java.nio.charset.StandardCharsets.UTF_8).contains("VmRSS"));
    }

    @Test
    void aMissingFileIsTheSystemsOwnFailure() {
        assertThrows(NoSuchFileException.class, () -> FileBytes.read(folder.resolve("missing.http")));
    }
}
