package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.EpochSeconds;
import java.time.Duration;
import java.time.Instant;

/**
 * One rate-limit window read from response headers. {@code window} is {@code 15m} ({@code x-rate-limit-*}),
 * {@code 24h-app} ({@code x-app-limit-24hour-*}) or {@code 24h-user} ({@code x-user-limit-24hour-*});
 * {@code resetEpoch} is in epoch seconds, as X sends it.
 */
public record RateLimit(long limit, long remaining, long resetEpoch, String window) {

    /** A reset that is not a time between 1970 and 9999 is kept as 0, "unknown" (see {@link EpochSeconds}). */
    public RateLimit {
        resetEpoch = EpochSeconds.inRange(resetEpoch) ? resetEpoch : 0;
    }

    public Instant resetAt() {
        return Instant.ofEpochSecond(resetEpoch);
    }

    /** Time left until the window resets, never negative. */
    public Duration timeLeft(Instant now) {
        Duration left = Duration.between(now, resetAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean isExhausted() {
        return remaining <= 0;
    }
}
