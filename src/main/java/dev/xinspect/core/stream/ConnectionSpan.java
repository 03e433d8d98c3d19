package dev.xinspect.core.stream;

import java.time.Duration;
import java.time.Instant;

/** One connection that was open: from when to when (UTC instants), how many Posts it brought, and why it ended. */
public record ConnectionSpan(Instant from, Instant to, long posts, String endReason) {
    public Duration duration() {
        return Duration.between(from, to);
    }
}
