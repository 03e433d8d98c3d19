package dev.xinspect.core.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.TransportFailure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationCheckerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final ExpectationChecker checker = new ExpectationChecker(new CoreWiring(CLOCK, ZoneOffset.UTC).diagnoser());

    /**
     * A real 429 of a used-up monthly cap with a nearly untouched rate-limit window, as reported in
     * https://github.com/xdevplatform/xdk/issues/25 (the account id was redacted there too).
     */
    private static Exchange usageCapped(String authorization) {
        SentRequest sent = SentRequest.of("GET", "https://api.x.com/2/tweets/search/recent?query=x",
                authorization.isEmpty() ? Headers.EMPTY : Headers.of("Authorization", authorization));
        return Exchange.of(sent, new ReceivedResponse(429, "", "HTTP/2", Headers.of("content-type", "application/json",
                "x-rate-limit-limit", "40000", "x-rate-limit-remaining", "39999", "x-rate-limit-reset", "1795515120"), Body.ofText("""
                {"account_id":"<redacted>","product_name":"standard-basic","title":"UsageCapExceeded","period":"Monthly",\
                "scope":"Product","detail":"Usage cap exceeded: Monthly product cap",\
                "type":"https://api.twitter.com/2/problems/usage-capped"}""")));
    }

    @Test
    void everyKindHoldsOnAnExchangeThatShowsIt() {
        List<ExpectationResult> results = checker.check(List.of(new Expectation.Status(429),
                new Expectation.ProblemType("https://api.twitter.com/2/problems/usage-capped"),
                new Expectation.JsonValue("$.period", "Monthly"), new Expectation.Header("x-rate-limit-remaining", "39999"),
                new Expectation.Header("x-rate-limit-reset", ""), new Expectation.Auth(AuthMode.OAUTH2_APP_ONLY),
                new Expectation.FindingShown("usage-capped"), new Expectation.ChecklistShown("usage-caps")),
                usageCapped("Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid"));
        assertEquals(List.of(
                "✓ status 429: The status is 429.",
                "✓ problem type https://api.twitter.com/2/problems/usage-capped: The body carries the problem type https://api.twitter.com/2/problems/usage-capped.",
                "✓ $.period = Monthly: $.period is Monthly.",
                "✓ header x-rate-limit-remaining: 39999: The response has x-rate-limit-remaining: 39999.",
                "✓ header x-rate-limit-reset: The response has x-rate-limit-reset: 1795515120.",
                "✓ auth OAuth 2.0 app-only (Bearer): The request used OAuth 2.0 app-only (Bearer).",
                "✓ finding usage-capped: The diagnosis shows the finding usage-capped.",
                "✓ checklist usage-caps: The diagnosis links the checklist usage-caps."),
                results.stream().map(ExpectationResult::line).toList());
        assertEquals(true, ExpectationChecker.allHold(results));
    }

    @Test
    void eachFailureSaysWhatWasThereInstead() {
        List<ExpectationResult> results = checker.check(List.of(new Expectation.Status(200),
                new Expectation.ProblemType("about:blank"), new Expectation.JsonValue("$.errors[0].title", "x"),
                new Expectation.JsonValue("$.period", "Daily"), new Expectation.Header("x-access-level", ""),
                new Expectation.Header("x-rate-limit-remaining", "0"), new Expectation.Auth(AuthMode.OAUTH1_USER),
                new Expectation.ChecklistShown("rate-limits")),
                usageCapped("Bearer dXNlci10b2tlbi1ub3QtYXBwLW9ubHk"));
        assertEquals(List.of(
                "The status is 429, not 200.",
                "The body carries https://api.twitter.com/2/problems/usage-capped, not about:blank.",
                "The body has nothing at $.errors[0].title.",
                "$.period is Monthly, not Daily.",
                "The response has no x-access-level header.",
                "x-rate-limit-remaining is 39999, not 0.",
                "The request used OAuth 2.0 user context (PKCE), not OAuth 1.0a user context.",
                "The diagnosis links usage-caps, get-help, not rate-limits."),
                results.stream().map(ExpectationResult::reason).toList());
        assertEquals(false, ExpectationChecker.allHold(results));
    }

    @Test
    void noResponseIsTheReasonForEveryResponseExpectation() {
        Exchange refused = Exchange.failed(SentRequest.of("GET", "http://127.0.0.1:1/2/users/me", Headers.of("Authorization", "OAuth oauth_nonce=\"n\"")),
                new TransportFailure(TransportFailure.Kind.REFUSED, "Connection refused", ""));
        List<ExpectationResult> results = checker.check(List.of(new Expectation.Status(200), new Expectation.Auth(AuthMode.OAUTH1_USER)), refused);
        assertEquals(List.of("✗ status 200: No response came back (Connection refused).",
                "✓ auth OAuth 1.0a user context: The request used OAuth 1.0a user context."),
                results.stream().map(ExpectationResult::line).toList());
    }

    @Test
    void aStepWithoutExpectationsNeverPasses() {
        assertEquals(false, ExpectationChecker.allHold(List.of()));
    }

    @Test
    void problemTypesAreReadFromEveryLineOfAStream() {
        Body stream = Body.ofText("{\"data\":{\"id\":\"1\"}}\r\n\r\n{\"errors\":[{\"title\":\"operational-disconnect\","
                + "\"type\":\"https://api.twitter.com/2/problems/operational-disconnect\"}]}\r\n");
        assertEquals(List.of("https://api.twitter.com/2/problems/operational-disconnect"), JsonBody.problemTypes(stream));
        assertEquals(List.of(), JsonBody.problemTypes(Body.ofText("<html>Over capacity</html>")));
    }
}
