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
 * {@code date} header is the reference, so a skewed local clock shows up here even when the 401 says nothing.
 */
public final class ClockSkewHint implements RequestHint {
    /** X does not publish its window; five minutes is what OAuth 1.0a servers commonly allow. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

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
            if (Math.abs(skewSeconds) <= TOLERANCE.toSeconds()) {
                return Optional.empty();
            }
            String direction = skewSeconds > 0 ? "ahead of" : "behind";
            return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:clock-skew",
                    "Your clock is " + describe(Math.abs(skewSeconds)) + " " + direction + " X's",
                    "oauth_timestamp was " + timestamp + " but the server's time was "
                            + context.serverNow().getEpochSecond() + ". Sync the clock (NTP) and sign again.",
                    Map.of("skew seconds", Long.toString(skewSeconds)), List.of("authentication")));
        });
    }

    private static String describe(long seconds) {
        return seconds >= 3600 ? (seconds / 3600) + " h " + (seconds % 3600) / 60 + " min"
                : seconds >= 60 ? (seconds / 60) + " min" : seconds + " s";
    }
}
