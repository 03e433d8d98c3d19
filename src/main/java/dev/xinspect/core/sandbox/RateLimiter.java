package dev.xinspect.core.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's 15-minute windows, counted per endpoint and per auth context (the App for app-only calls, each user token
 * otherwise). The window starts with the first request and resets 15 minutes later, by the injected clock.
 */
final class RateLimiter {
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** The state after a request: what the {@code x-rate-limit-*} headers say, and whether it was allowed. */
    record Outcome(int limit, int remaining, long resetEpoch, boolean allowed) {
        Reply applyTo(Reply reply) {
            return reply.with("x-rate-limit-limit", Integer.toString(limit))
                    .with("x-rate-limit-remaining", Integer.toString(remaining))
                    .with("x-rate-limit-reset", Long.toString(resetEpoch));
        }
    }

    private static final class Window {
        long resetEpoch;
        int used;
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    Outcome take(String endpoint, String contextKey, int limit) {
        long now = clock.instant().getEpochSecond();
        Window window = windows.computeIfAbsent(endpoint + "|" + contextKey, key -> new Window());
        synchronized (window) {
            if (now >= window.resetEpoch) {
                window.resetEpoch = now + WINDOW.toSeconds();
                window.used = 0;
            }
            if (window.used >= limit) {
                return new Outcome(limit, 0, window.resetEpoch, false);
            }
            window.used++;
            return new Outcome(limit, limit - window.used, window.resetEpoch, true);
        }
    }

    /** What a "rate-limited" scenario shows: nothing left, reset a few minutes from now. */
    Outcome exhausted(int limit) {
        return new Outcome(limit, 0, clock.instant().getEpochSecond() + 7 * 60, false);
    }
}
