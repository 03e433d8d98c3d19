package dev.xinspect.core.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.TransportFailure;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.time.Duration;

/**
 * X's reconnect schedule for streams ("Handling disconnections" in X's filtered stream docs): once an established
 * connection drops, reconnect at once; when reconnecting fails, back off by the kind of failure: network errors
 * linearly (+250 ms a try, at most 16 s), HTTP errors exponentially (5 s doubling, at most 320 s), 429s exponentially
 * from a minute. Also says which refused connections are worth retrying at all. Pure.
 */
public final class ReconnectPolicy {
    /** What ended the last connection, which decides the back-off curve. */
    public enum Cause { NETWORK, HTTP_ERROR, TOO_MANY_REQUESTS }

    /** What to do after a connection attempt was refused. */
    public sealed interface Verdict {
        String reason();

        /** Try again, backing off along {@code cause}'s curve. */
        record Retry(Cause cause, String reason) implements Verdict {
        }

        /** Stop: the answer will be the same until the user changes something. */
        record GiveUp(String reason) implements Verdict {
        }
    }

    static final Duration NETWORK_STEP = Duration.ofMillis(250);
    static final Duration NETWORK_MAX = Duration.ofSeconds(16);
    static final Duration HTTP_START = Duration.ofSeconds(5);
    static final Duration HTTP_MAX = Duration.ofSeconds(320);
    static final Duration RATE_START = Duration.ofSeconds(60);
    // X says only "double each attempt" for 429; 16 minutes (one rate-limit window and a bit) keeps a console usable.
    static final Duration RATE_MAX = Duration.ofMinutes(16);
    private static final ObjectMapper MAPPER = JsonLimits.mapper();

    /**
     * The wait before reconnect attempt {@code attempt}: 1 is the reconnect right after a connection dropped (at
     * once); 2 is the first after a failed reconnect, and so on along the curve.
     */
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

    /** The line of X's guidance that {@link #delay} follows for this attempt, in words. */
    public String rule(Cause cause, int attempt) {
        if (attempt <= 1) {
            return "X: reconnect at once when an established connection drops";
        }
        return switch (cause) {
            case NETWORK -> "X: back off linearly on network errors, +250 ms a try, at most 16 s";
            case HTTP_ERROR -> "X: back off exponentially on HTTP errors, from 5 s, doubling, at most 320 s";
            case TOO_MANY_REQUESTS -> "X: back off exponentially on 429, from 1 minute, doubling";
        };
    }

    /**
     * Whether a refused connection is worth retrying. Network failures and 5xx are; 429 (and 420, its v1 name) is,
     * slowly; 409 means the filtered stream has no rules and other 4xx mean the request itself is wrong, which no retry
     * fixes (X: back off "for HTTP errors for which reconnecting would be appropriate").
     */
    public Verdict verdict(Exchange refused) {
        if (refused.response() == null) {
            TransportFailure failure = refused.failure();
            return switch (failure.kind()) {
                case CANCELLED -> new Verdict.GiveUp("Cancelled.");
                case INVALID_URL -> new Verdict.GiveUp(failure.message());
                default -> new Verdict.Retry(Cause.NETWORK, failure.message());
            };
        }
        ReceivedResponse response = refused.response();
        int status = response.status();
        String issue = connectionIssue(response);
        String label = "HTTP " + status + (issue.isEmpty() ? "" : " " + issue);
        if (status == 429 || status == 420) {
            return new Verdict.Retry(Cause.TOO_MANY_REQUESTS, label);
        }
        if (status >= 500) {
            return new Verdict.Retry(Cause.HTTP_ERROR, label);
        }
        if (status == 409) {
            return new Verdict.GiveUp(label + ": the filtered stream has no rules, so there is nothing to deliver. "
                    + "Add a rule, then connect again.");
        }
        return new Verdict.GiveUp(label + ": a retry cannot fix this answer (X's guidance is not to reconnect on client "
                + "errors). Fix the request or its credentials, then connect again.");
    }

    /** {@code connection_issue} of a {@code streaming-connection} problem body ({@code TooManyConnections}), or empty. */
    private static String connectionIssue(ReceivedResponse response) {
        if (response.body().isEmpty()) {
            return "";
        }
        try {
            JsonNode json = MAPPER.readTree(response.body().text());
            return json == null ? "" : json.path("connection_issue").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
