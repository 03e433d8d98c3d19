package dev.xinspect.core.stream;

import java.time.Instant;

/**
 * Counters of a stream at a moment; {@code bufferFill} is 0..1 of the client-side line buffer. For a session the
 * counters add up every connection so far, and the buffer and instants are the current (or last) connection's.
 */
public record StreamStats(long posts, long keepAlives, long bytes, long duplicates, long droppedLines, double bufferFill,
                          Instant connectedAt, Instant lastByteAt) {
    /** Nothing read yet. */
    public static final StreamStats NONE = new StreamStats(0, 0, 0, 0, 0, 0, null, null);

    /** These counters after {@code earlier} ones (an earlier connection of the same session). */
    public StreamStats after(StreamStats earlier) {
        return new StreamStats(earlier.posts + posts, earlier.keepAlives + keepAlives, earlier.bytes + bytes,
                earlier.duplicates + duplicates, earlier.droppedLines + droppedLines, bufferFill, connectedAt, lastByteAt);
    }
}
