package dev.xinspect.core.stream;

import java.time.Duration;

/**
 * How to read a stream: {@code stallAfter} with no byte at all ends the connection (X sends a keep-alive every 20 s,
 * so 20 s of silence means it is dead); {@code bufferLines} bounds the lines waiting for processing;
 * {@code maxLineBytes} bounds one line.
 */
public record StreamOptions(Duration stallAfter, int bufferLines, int maxLineBytes) {
    public static StreamOptions defaults() {
        return new StreamOptions(Duration.ofSeconds(20), 100_000, 4 * 1024 * 1024);
    }

    public StreamOptions withStallAfter(Duration stall) {
        return new StreamOptions(stall, bufferLines, maxLineBytes);
    }
}
