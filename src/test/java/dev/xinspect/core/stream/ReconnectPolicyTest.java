package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.TransportFailure;
import dev.xinspect.core.stream.ReconnectPolicy.Cause;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {
    private final ReconnectPolicy policy = new ReconnectPolicy();

    private List<Duration> schedule(Cause cause, int attempts) {
        return IntStream.rangeClosed(1, attempts).mapToObj(a -> policy.delay(cause, a)).toList();
    }

    private static List<Duration> millis(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
    }

    @Test
    void networkErrorsRetryAtOnceThenLinearlyUpToSixteenSeconds() {
        assertEquals(millis(0, 250, 500, 750, 1000), schedule(Cause.NETWORK, 5));
        assertEquals(Duration.ofSeconds(16), policy.delay(Cause.NETWORK, 200));
    }

    @Test
    void httpErrorsRetryAtOnceThenDoubleFromFiveSecondsUpTo320() {
        assertEquals(millis(0, 5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 320_000), schedule(Cause.HTTP_ERROR, 9));
    }

    @Test
    void tooManyRequestsDoublesFromAMinute() {
        assertEquals(millis(0, 60_000, 120_000, 240_000, 480_000, 960_000, 960_000), schedule(Cause.TOO_MANY_REQUESTS, 7));
    }

    private static Exchange answer(int status, String body) {
        return Exchange.of(null, ReceivedResponse.of(status, Headers.of("content-type", "application/json"), body));
    }

    @Test
    void refusedConnectionsAreRetriedOnlyWhenARetryCanHelp() {
        assertEquals(new ReconnectPolicy.Verdict.Retry(Cause.HTTP_ERROR, "HTTP 503"), policy.verdict(answer(503, "<html></html>")));
        assertEquals(new ReconnectPolicy.Verdict.Retry(Cause.TOO_MANY_REQUESTS, "HTTP 429 TooManyConnections"),
                policy.verdict(answer(429, "{\"connection_issue\":\"TooManyConnections\"}")));
        assertEquals(new ReconnectPolicy.Verdict.Retry(Cause.NETWORK, "Nothing is listening."), policy.verdict(Exchange.failed(null,
                new TransportFailure(TransportFailure.Kind.REFUSED, "Nothing is listening.", ""))));
        assertInstanceOf(ReconnectPolicy.Verdict.GiveUp.class, policy.verdict(answer(409, "{}")));
        assertInstanceOf(ReconnectPolicy.Verdict.GiveUp.class, policy.verdict(answer(403, "{}")));
        assertInstanceOf(ReconnectPolicy.Verdict.GiveUp.class, policy.verdict(Exchange.failed(null,
                new TransportFailure(TransportFailure.Kind.INVALID_URL, "The URL is not valid.", ""))));
    }
}
