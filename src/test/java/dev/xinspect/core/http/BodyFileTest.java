package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.storage.WatchedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyFileTest {
    @TempDir
    Path folder;

    @Test
    void aFileLargerThanASliceIsHeldInSlicesNoArrayLargerThanOne() throws IOException {
        byte[] written = ("HTTP/1.1 200 OK\r\n\r\n" + "{\"text\":\"é𝕏\"}\r\n".repeat(Body.SLICE_BYTES / 8)).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("capture.http"), written);

        Body read = BodyFile.read(file);

        assertTrue(read.slices().size() >= 3, read.slices().size() + " slices");
        read.slices().forEach(slice -> assertTrue(slice.bytes().length <= Body.SLICE_BYTES, slice.bytes().length + " bytes"));
        assertEquals(Body.ofBytes(written), read);
        assertTrue(read.isText());
    }

    @Test
    void randomBytesAreReadWholeAndInOrder() throws IOException {
        byte[] written = new byte[10_000];
        new Random(20).nextBytes(written);
        Body read = BodyFile.read(Files.write(folder.resolve("random.bin"), written), 1_000);
        assertArrayEquals(written, read.bytes());
        read.slices().forEach(slice -> assertTrue(slice.bytes().length <= 1_000));
    }

    @Test
    void noReadAsksForMoreThanAStep() throws IOException {
        byte[] written = new byte[Slicer.READ_STEP * 3 + 5];
        new Random(31).nextBytes(written);
        WatchedChannel watched = new WatchedChannel(written);
        Slicer slicer = new Slicer(Body.SLICE_BYTES, written.length);
        while (slicer.readFrom(watched)) {
            // reading
        }
        assertArrayEquals(written, slicer.finish().bytes());
        assertEquals(Slicer.READ_STEP, watched.largestAsk());
    }

    @Test
    void anEmptyFileIsAnEmptyBody() throws IOException {
        assertSame(Body.EMPTY, BodyFile.read(Files.createFile(folder.resolve("empty.http"))));
    }

    @Test
    void aFileWithoutASizeAheadIsReadToItsEnd() throws IOException {
        Path status = Path.of("/proc/self/status");
        Assumptions.assumeTrue(Files.isReadable(status), "Linux only");
        assertTrue(BodyFile.read(status).text().contains("VmRSS"));
    }

    @Test
    void aMissingFileIsTheSystemsOwnFailure() {
        assertThrows(NoSuchFileException.class, () -> BodyFile.read(folder.resolve("missing.http")));
    }
}
