package dev.xinspect.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.TransportFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeComparerTest {
    private final ExchangeComparer comparer = new ExchangeComparer();

    private static Exchange response(int status, Headers headers, String body) {
        return Exchange.ofResponse(ReceivedResponse.of(status, headers, body));
    }

    @Test
    void listsChangedAddedAndRemovedKeysByPath() {
        Exchange left = response(200, Headers.EMPTY,
                "{\"data\":[{\"id\":\"1\",\"text\":\"hi\"}],\"meta\":{\"result_count\":1}}");
        Exchange right = response(200, Headers.EMPTY,
                "{\"data\":[{\"id\":\"1\",\"text\":\"hello\"},{\"id\":\"2\"}],\"errors\":[]}");

        ExchangeComparison comparison = comparer.compare(left, right);

        assertEquals(List.of(
                Change.changed("$.data[0].text", "\"hi\"", "\"hello\""),
                Change.added("$.data[1]", "{\"id\":\"2\"}"),
                Change.removed("$.meta", "{\"result_count\":1}"),
                Change.added("$.errors", "[]")), comparison.bodyChanges());
    }

    @Test
    void keyOrderDoesNotCountAsAChange() {
        ExchangeComparison comparison = comparer.compare(
                response(200, Headers.EMPTY, "{\"a\":1,\"b\":2}"), response(200, Headers.EMPTY, "{\"b\":2,\"a\":1}"));

        assertEquals(List.of(), comparison.bodyChanges());
    }

    @Test
    void headersCompareIgnoringCaseOfNames() {
        Exchange left = response(429, Headers.of("X-Rate-Limit-Remaining", "0", "x-access-level", "read"), "");
        Exchange right = response(200, Headers.of("x-rate-limit-remaining", "14", "x-transaction-id", "abc"), "");

        ExchangeComparison comparison = comparer.compare(left, right);

        assertTrue(comparison.statusChanged());
        assertEquals(List.of(
                Change.changed("x-rate-limit-remaining", "0", "14"),
                Change.removed("x-access-level", "read"),
                Change.added("x-transaction-id", "abc")), comparison.headerChanges());
    }

    @Test
    void nonJsonBodiesAreNotedNotDiffed() {
        ExchangeComparison comparison = comparer.compare(
                response(503, Headers.EMPTY, "<html>Over capacity</html>"), response(200, Headers.EMPTY, "{}"));

        assertEquals(List.of(), comparison.bodyChanges());
        assertEquals("The bodies are not both JSON; compare them in the Raw view.", comparison.bodyNote());
    }

    @Test
    void aTransportFailureComparesAsStatusZeroWithNoHeaders() {
        Exchange failed = Exchange.failed(null, new TransportFailure(TransportFailure.Kind.REFUSED, "refused", ""));

        ExchangeComparison comparison = comparer.compare(failed, response(200, Headers.of("a", "1"), "{}"));

        assertEquals(0, comparison.leftStatus());
        assertEquals(List.of(Change.added("a", "1")), comparison.headerChanges());
    }
}
