package dev.xinspect.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a whole file into one array, a step at a time: for files of a few megabytes at most (history entries); a
 * capture of any size is read into slices instead ({@code core.http.BodyFile}). {@code Files.readAllBytes} reads a
 * file in one call, through a temporary native buffer as large as the file, which the JDK then keeps for the reading
 * thread: opening a 100 MB capture left 100 MB of native memory behind in the worker (and faulted it all in first).
 * Steps of {@link #STEP} bytes keep that buffer at 1 MB.
 */
public final class FileBytes {
    static final int STEP = 1 << 20;

    private FileBytes() {
    }

    /** The file's bytes; a file whose size the system does not know ahead ({@code /proc}, a pipe) is read to its end. */
    public static byte[] read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0 || size > Integer.MAX_VALUE - 8) {
                return Files.readAllBytes(file); // unknown ahead, or too large for an array: its own message
            }
            byte[] bytes = new byte[(int) size];
            int filled = fill(channel, bytes);
            if (filled < bytes.length) {
                return Arrays.copyOf(bytes, filled); // it shrank while read
            }
            return channel.read(ByteBuffer.allocate(1)) < 0 ? bytes : Files.readAllBytes(file); // it grew: read again
        }
    }

    /** Reads into {@code bytes} until it is full or the channel ends, at most {@link #STEP} bytes a call; returns how many. */
    static int fill(ReadableByteChannel channel, byte[] bytes) throws IOException {
        ByteBuffer into = ByteBuffer.wrap(bytes);
        while (into.position() < bytes.length) {
            into.limit(Math.min(bytes.length, into.position() + STEP));
            if (channel.read(into) < 0) {
                break;
            }
        }
        return into.position();
    }
}
