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

    /**
     * The stall limit a user typed, in seconds ({@code 20}, {@code 0.5}, {@code 2,5}); {@link IllegalArgumentException}
     * with a plain message otherwise.
     */
    public static Duration stallAfter(String seconds) {
        try {
            double value = Double.parseDouble(seconds.trim().replace(',', '.'));
            if (value >= 0.05 && value <= 3600) {
                return Duration.ofMillis(Math.round(value * 1000));
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("Stall after must be a number of seconds between 0.05 and 3600 (X sends a "
                + "keep-alive every 20 s, so 20 is the usual value).");
    }

    public StreamOptions withStallAfter(Duration stall) {
        return new StreamOptions(stall, bufferLines, maxLineBytes);
    }
}
