package dev.xinspect.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
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
                Change.changed("$.data[id=1].text", "\"hi\"", "\"hello\""),
                Change.added("$.data[id=2]", "{\"id\":\"2\"}"),
                Change.removed("$.meta", "{\"result_count\":1}"),
                Change.added("$.errors", "[]")), comparison.bodyChanges());
    }

    @Test
    void postsAreMatchedByIdSoANewOneAtTheTopIsOneChange() {
        // GET /2/tweets/search/recent: newest first, so a second search has the new Post at index 0. Shape from
        // https://docs.x.com/x-api/posts/search-recent-posts (data[].id, data[].text).
        Exchange before = response(200, Headers.EMPTY, "{\"data\":[{\"id\":\"1460323737035677698\",\"text\":\"Introducing a new era\"},"
                + "{\"id\":\"1460323737035677697\",\"text\":\"older\"}]}");
        Exchange after = response(200, Headers.EMPTY, "{\"data\":[{\"id\":\"1460323737035677699\",\"text\":\"newest\"},"
                + "{\"id\":\"1460323737035677698\",\"text\":\"Introducing a new era\"}]}");

        assertEquals(List.of(
                Change.added("$.data[id=1460323737035677699]", "{\"id\":\"1460323737035677699\",\"text\":\"newest\"}"),
                Change.removed("$.data[id=1460323737035677697]", "{\"id\":\"1460323737035677697\",\"text\":\"older\"}")),
                comparer.compare(before, after).bodyChanges());
    }

    @Test
    void arraysWithoutIdsCompareByIndex() {
        assertEquals(List.of(Change.changed("$.errors[0].title", "\"a\"", "\"b\"")), comparer.compare(
                response(200, Headers.EMPTY, "{\"errors\":[{\"title\":\"a\"}]}"),
                response(200, Headers.EMPTY, "{\"errors\":[{\"title\":\"b\"}]}")).bodyChanges());
    }

    @Test
    void theRequestsAreComparedAndEachSideIsNamed() {
        java.time.Instant at = java.time.Instant.parse("2026-12-05T23:10:04Z");
        Exchange left = new Exchange(new SentRequest("GET", "https://api.x.com/2/users/me?user.fields=id",
                Headers.of("Accept", "application/json"), Body.EMPTY), ReceivedResponse.of(200, Headers.EMPTY, "{}"), null, null, at);
        Exchange right = new Exchange(new SentRequest("POST", "https://api.x.com/2/tweets",
                Headers.of("Content-Type", "application/json"), Body.ofText("{\"text\":\"hello\"}")),
                ReceivedResponse.of(429, Headers.EMPTY, "{}"), null, null, at.plusSeconds(86));

        ExchangeComparison comparison = comparer.compare(left, right);

        assertEquals("23:10:04 GET /2/users/me → 200", comparison.leftLabel());
        assertEquals("23:11:30 POST /2/tweets → 429", comparison.rightLabel());
        assertEquals(List.of(
                Change.changed("method", "GET", "POST"),
                Change.changed("url", "https://api.x.com/2/users/me?user.fields=id", "https://api.x.com/2/tweets"),
                Change.removed("header accept", "application/json"),
                Change.added("header content-type", "application/json"),
                Change.added("body", "{\"text\":\"hello\"}")), comparison.requestChanges());
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
