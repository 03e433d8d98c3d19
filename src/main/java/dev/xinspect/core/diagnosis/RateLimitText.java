package dev.xinspect.core.diagnosis;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line about a rate-limit window: what is left, and when it resets in UTC, local time and time left. */
public final class RateLimitText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;
    private final ZoneId localZone;

    public RateLimitText(Clock clock, ZoneId localZone) {
        this.clock = clock;
        this.localZone = localZone;
    }

    public String describe(RateLimit window) {
        String left = window.remaining() + " of " + window.limit() + " requests left in the " + window.window() + " window";
        if (window.resetEpoch() <= 0) {
            return left;
        }
        return left + "; resets " + TIME.format(window.resetAt().atZone(ZoneId.of("UTC"))) + " UTC ("
                + TIME.format(window.resetAt().atZone(localZone)) + " local, " + timeLeft(window) + ")";
    }

    private String timeLeft(RateLimit window) {
        Duration left = window.timeLeft(clock.instant());
        if (left.isZero()) {
            return "already passed";
        }
        long minutes = left.toMinutes();
        return "in " + (minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min"
                : minutes > 0 ? minutes + " min " + left.toSecondsPart() + " s" : left.toSeconds() + " s");
    }
}
