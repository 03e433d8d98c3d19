package dev.xinspect.core.stream;

import java.time.Duration;

/**
 * X's reconnect schedule for streams: the first retry at once; then network errors back off linearly (+250 ms a
 * try, at most 16 s), HTTP errors exponentially (5 s doubling, at most 320 s) and 429s exponentially from a minute.
 * Pure: the attempt number in, the wait out.
 */
public final class ReconnectPolicy {
    /** What ended the last connection, which decides the back-off curve. */
    public enum Cause { NETWORK, HTTP_ERROR, TOO_MANY_REQUESTS }

    static final Duration NETWORK_STEP = Duration.ofMillis(250);
    static final Duration NETWORK_MAX = Duration.ofSeconds(16);
    static final Duration HTTP_START = Duration.ofSeconds(5);
    static final Duration HTTP_MAX = Duration.ofSeconds(320);
    static final Duration RATE_START = Duration.ofSeconds(60);
    static final Duration RATE_MAX = Duration.ofMinutes(16);

    /** The wait before reconnect attempt {@code attempt} (1 for the first retry after a failure). */
    public Duration delay(Cause cause, int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        int step = attempt - 1;
        return switch (cause) {
            case NETWORK -> min(NETWORK_STEP.multipliedBy(step), NETWORK_MAX);
            case HTTP_ERROR -> min(HTTP_START.multipliedBy(1L << Math.min(step - 1, 20)), HTTP_MAX);
            case TOO_MANY_REQUESTS -> min(RATE_START.multipliedBy(1L << Math.min(step - 1, 20)), RATE_MAX);
        };
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
