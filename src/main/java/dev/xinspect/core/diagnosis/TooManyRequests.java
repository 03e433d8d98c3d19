package dev.xinspect.core.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the three kinds of 429 apart. A {@code usage-capped} body means the monthly cap, even while
 * {@code x-rate-limit-remaining} is high; a {@code streaming-connection} body with {@code TooManyConnections}
 * means a second stream connection; anything else is the endpoint's rate-limit window.
 */
final class TooManyRequests {

    List<Finding> explain(List<Finding> bodyFindings, List<RateLimit> windows) {
        Optional<RateLimit> window = windows.stream().filter(w -> w.window().equals("15m")).findFirst();
        if (has(bodyFindings, "usage-capped")) {
            return window.filter(w -> w.remaining() > 0).map(TooManyRequests::windowNotTheCause).stream().toList();
        }
        if (has(bodyFindings, "streaming-connection")) {
            return List.of();
        }
        String detail = window.map(w -> "The " + w.window() + " window allows " + w.limit() + " requests; it resets at "
                + w.resetAt() + " (UTC).").orElse("The response carried no rate-limit headers; wait before retrying.");
        return List.of(new Finding(FindingSource.STATUS, Severity.ERROR, "status:429",
                "Rate limit reached", detail, Map.of(), List.of("rate-limits")));
    }

    private static Finding windowNotTheCause(RateLimit window) {
        return new Finding(FindingSource.HEADER, Severity.INFO, "header:rate-limit-not-exhausted",
                "The rate-limit window still has " + window.remaining() + " of " + window.limit() + " requests",
                "So this 429 is the usage cap, not the 15-minute rate limit: waiting for x-rate-limit-reset will not help.",
                Map.of(), List.of("usage-caps"));
    }

    private static boolean has(List<Finding> findings, String slug) {
        return findings.stream().anyMatch(f -> f.type().equals(slug));
    }
}
