package dev.xinspect.core.http;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Reads a file into a {@link Body} held in slices, a megabyte per read, never into one file-sized array: opening a
 * 100 MB capture allocated one 100 MB array, and the JVM clears a new array in one step that held every thread,
 * the FX thread included, for 250 to 650 ms (README "Benchmarks"). A file whose size the system does not know ahead
 * ({@code /proc}, a pipe), or that grows or shrinks while read, is read to its end.
 */
public final class BodyFile {
    private BodyFile() {
    }

    public static Body read(Path file) throws IOException {
        return read(file, Body.SLICE_BYTES);
    }

    static Body read(Path file, int sliceBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            Slicer slicer = new Slicer(sliceBytes, channel.size());
            while (slicer.readFrom(channel)) {
                // each call reads at most Slicer.READ_STEP bytes into the slice being filled
            }
            return slicer.finish();
        }
    }
}
