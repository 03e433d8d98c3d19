package dev.xinspect.core.stream;

import java.time.Instant;

/** Counters of one stream connection at a moment; {@code bufferFill} is 0..1 of the client-side line buffer. */
public record StreamStats(long posts, long keepAlives, long bytes, long duplicates, long droppedLines, double bufferFill,
                          Instant connectedAt, Instant lastByteAt) {
}
