package dev.xinspect.core.diagnosis.hint;

import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.HintContext;
import dev.xinspect.core.diagnosis.RequestHint;
import dev.xinspect.core.diagnosis.Severity;
import dev.xinspect.core.http.EpochSeconds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth 1.0a requests carry {@code oauth_timestamp}; X refuses ones too far from its own clock. The server's
 * {@code date} header is the reference, so a skewed local clock shows up here even when the 401 says nothing; when
 * X says so itself (code 135, "Timestamp out of bounds."), the hint puts the two side by side whatever they show.
 */
public final class ClockSkewHint implements RequestHint {
    /** X does not publish its window; five minutes is what OAuth 1.0a servers commonly allow. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** X's v1.1 code for a stale oauth_timestamp, which it also sends on its own (code 135, "Timestamp out of bounds."). */
    private static final String OUT_OF_BOUNDS = "v1.1:135";

    @Override
    public Optional<Finding> check(HintContext context) {
        return SentAuthorization.of(context.request()).flatMap(SentAuthorization::oauthTimestamp).flatMap(sent -> {
            Optional<Long> parsed = EpochSeconds.parse(sent);
            if (parsed.isEmpty()) {
                return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:clock-skew",
                        "The request's oauth_timestamp is not a time", EpochSeconds.outOfRange("oauth_timestamp", sent)
                        + " X refuses such a signature; sign again with the current time.",
                        Map.of(), List.of("authentication")));
            }
            long timestamp = parsed.get();
            long skewSeconds = timestamp - context.serverNow().getEpochSecond();
            boolean outOfBounds = context.bodyHasProblem(OUT_OF_BOUNDS);
            if (Math.abs(skewSeconds) <= TOLERANCE.toSeconds() && !outOfBounds) {
                return Optional.empty();
            }
            String direction = skewSeconds > 0 ? "ahead of" : "behind";
            String comparison = "oauth_timestamp was " + timestamp + "; the server's date header said "
                    + context.serverNow().getEpochSecond() + " (" + describe(Math.abs(skewSeconds)) + " apart).";
            String title = Math.abs(skewSeconds) > TOLERANCE.toSeconds()
                    ? "Your clock is " + describe(Math.abs(skewSeconds)) + " " + direction + " X's"
                    : "X refused oauth_timestamp as out of bounds";
            String advice = outOfBounds && Math.abs(skewSeconds) <= TOLERANCE.toSeconds()
                    ? " They agree, so X judged the timestamp by its own clock: check that oauth_timestamp is in seconds "
                            + "(not milliseconds) and that the clock that signed is synced (NTP)."
                    : " Sync the clock (NTP) and sign again.";
            return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:clock-skew", title, comparison + advice,
                    Map.of("skew seconds", Long.toString(skewSeconds)), List.of("authentication")));
        });
    }

    private static String describe(long seconds) {
        return seconds >= 3600 ? (seconds / 3600) + " h " + (seconds % 3600) / 60 + " min"
                : seconds >= 60 ? (seconds / 60) + " min" : seconds + " s";
    }
}
