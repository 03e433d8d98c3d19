package dev.xinspect.core.sandbox;

import static dev.xinspect.core.sandbox.SandboxClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.auth.Oauth1Credentials;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST side of the sandbox over real HTTP on 127.0.0.1: auth, errors, rate limits, scenarios. */
class SandboxApiTest {
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.withDefaults();
    private final MutableClock clock = running.clock();

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", running.sandbox().baseUri().getHost());
    }

    @Test
    void oauth1SignedUsersMeAnswersWithTheUserAndXsHeaders() throws Exception {
        HttpResponse<String> response = running.client().oauth1("GET", "/2/users/me?user.fields=created_at,public_metrics", null, false);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode data = json(response).path("data");
        assertEquals("xinspect_student", data.path("username").asText());
        assertEquals("2022-09-12T01:00:00.000Z", data.path("created_at").asText());
        assertTrue(data.has("public_metrics"));
        assertTrue(!data.has("description"), "fields not asked for are left out");
        assertEquals(Optional.of("read-write"), response.headers().firstValue("x-access-level"));
        assertEquals(Optional.of("75"), response.headers().firstValue("x-rate-limit-limit"));
        assertEquals(Optional.of("74"), response.headers().firstValue("x-rate-limit-remaining"));
        assertTrue(response.headers().firstValue("date").isPresent());
        assertTrue(response.headers().firstValue("x-transaction-id").isPresent());
    }

    @Test
    void aWrongSignatureGetsTheAuthLayersIndentedBody() throws Exception {
        SandboxCredentials c = running.sandbox().credentials();
        HttpResponse<String> response = running.client().oauth1With("GET", "/2/users/me", null,
                new Oauth1Credentials(c.consumerKey(), "wrong-secret", c.accessToken(), c.accessTokenSecret()),
                Map.of(), List.of(), clock.instant().getEpochSecond());

        assertEquals(401, response.statusCode());
        assertEquals("{\n  \"title\": \"Unauthorized\",\n  \"type\": \"about:blank\",\n  \"status\": 401,\n  \"detail\": \"Unauthorized\"\n}",
                response.body());
    }

    @Test
    void staleTimestampsAndReplayedNoncesAreRefused() throws Exception {
        SandboxCredentials c = running.sandbox().credentials();
        Oauth1Credentials credentials = new Oauth1Credentials(c.consumerKey(), c.consumerSecret(), c.accessToken(), c.accessTokenSecret());
        long tenMinutesAgo = clock.instant().minus(Duration.ofMinutes(10)).getEpochSecond();

        assertEquals(401, running.client().oauth1With("GET", "/2/users/me", null, credentials, Map.of(), List.of(), tenMinutesAgo).statusCode());

        String header = new dev.xinspect.core.auth.Oauth1Signer().sign(dev.xinspect.core.auth.Oauth1Request.of("GET",
                running.sandbox().baseUri() + "/2/users/me"), credentials, "fixednonce", clock.instant().getEpochSecond()).authorizationHeader();
        HttpRequest.Builder request = HttpRequest.newBuilder(running.client().uri("/2/users/me")).header("Authorization", header);
        assertEquals(200, running.client().send(request).statusCode());
        assertEquals(401, running.client().send(HttpRequest.newBuilder(running.client().uri("/2/users/me")).header("Authorization", header)).statusCode());
    }

    @Test
    void appOnlyTokenOnAUserContextEndpointIsUnsupportedAuthentication() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/users/me", null);

        assertEquals(403, response.statusCode());
        assertEquals("https://api.twitter.com/2/problems/unsupported-authentication", json(response).path("type").asText());
    }

    @Test
    void unknownQueryParameterIsAnInvalidRequestListingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/tweets?ids=20&foo=bar", null);

        assertEquals(400, response.statusCode());
        JsonNode body = json(response);
        assertEquals("https://api.twitter.com/2/problems/invalid-request", body.path("type").asText());
        assertEquals("The query parameter [foo] is not one of [expansions,ids,tweet.fields,user.fields]",
                body.path("errors").get(0).path("message").asText());
        assertEquals("bar", body.path("errors").get(0).path("parameters").path("foo").get(0).asText());
    }

    // X: "There were errors processing your request: is/has/lang cannot be used as a standalone operator (at position 1)"
    @Test
    void aSearchQueryXsGrammarRefusesIsAnInvalidRequestOnTheQuery() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/tweets/search/recent?query=has%3Amedia", null);
        assertEquals(400, response.statusCode());
        JsonNode error = json(response).path("errors").get(0);
        assertEquals("has:media", error.path("parameters").path("query").get(0).asText());
        assertTrue(error.path("message").asText().startsWith("There were errors processing your request: is/has/lang cannot be used"));
        assertEquals(200, running.client().appOnly("GET", "/2/tweets/search/recent?query=xinspect%20has%3Amedia", null).statusCode());
    }

    @Test
    void anUnknownPostIsA200WithResourceNotFound() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/tweets/123", null);

        assertEquals(200, response.statusCode());
        assertEquals("https://api.twitter.com/2/problems/resource-not-found", json(response).path("errors").get(0).path("type").asText());
    }

    @Test
    void lookupOfSeveralIdsReturnsDataAndPartialErrorsWithIncludes() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET",
                "/2/tweets?ids=1460323737035677698,999,1500000000000000100&expansions=author_id&tweet.fields=created_at", null);

        JsonNode body = json(response);
        assertEquals(1, body.path("data").size());
        assertEquals("2021-11-15T19:08:05.000Z", body.path("data").get(0).path("created_at").asText());
        assertEquals("XDevelopers", body.path("includes").path("users").get(0).path("username").asText());
        assertEquals(List.of("https://api.twitter.com/2/problems/resource-not-found",
                "https://api.twitter.com/2/problems/not-authorized-for-resource"),
                List.of(body.path("errors").get(0).path("type").asText(), body.path("errors").get(1).path("type").asText()));
    }

    @Test
    void aReadOnlyTokenWritingIsForbiddenWithReadAccessLevel() throws Exception {
        HttpResponse<String> response = running.client().oauth1("POST", "/2/tweets", "{\"text\":\"hello\"}", true);

        assertEquals(403, response.statusCode());
        assertEquals(Optional.of("read"), response.headers().firstValue("x-access-level"));
    }

    @Test
    void createAndDeleteAPostAsTheUser() throws Exception {
        HttpResponse<String> created = running.client().oauth1("POST", "/2/tweets", "{\"text\":\"Hello from a test\"}", false);
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).path("data").path("id").asText();

        assertEquals("Hello from a test", json(running.client().appOnly("GET", "/2/tweets/" + id, null)).path("data").path("text").asText());
        HttpResponse<String> deleted = running.client().oauth1("DELETE", "/2/tweets/" + id, null, false);
        assertEquals("{\"data\":{\"deleted\":true}}", deleted.body());
    }

    @Test
    void aPostBodyThatIsNotJsonIsRefusedInXsWords() throws Exception {
        HttpResponse<String> refused = running.client().oauth1("POST", "/2/tweets", "{\"text\": \"unclosed", false);

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("https://api.twitter.com/2/problems/invalid-request", json(refused).path("type").asText());
        assertEquals("Request body is not valid JSON.", json(refused).path("errors").get(0).path("message").asText());
    }

    @Test
    void theFifteenMinuteWindowIsCountedPerAppAndResets() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 75; i++) {
            last = running.client().oauth1("GET", "/2/users/me", null, false);
        }
        assertEquals("0", last.headers().firstValue("x-rate-limit-remaining").orElseThrow());

        HttpResponse<String> limited = running.client().oauth1("GET", "/2/users/me", null, false);
        assertEquals(429, limited.statusCode());
        assertEquals("about:blank", json(limited).path("type").asText());

        clock.advance(Duration.ofMinutes(15));
        assertEquals(200, running.client().oauth1("GET", "/2/users/me", null, false).statusCode());
    }

    @Test
    void monthlyCapGivesUsageCappedWhileTheWindowHasRequestsLeft() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/tweets/1460323737035677698", null,
                Scenarios.HEADER, "monthly-cap-reached");

        assertEquals(429, response.statusCode());
        assertEquals("https://api.twitter.com/2/problems/usage-capped", json(response).path("type").asText());
        assertTrue(Integer.parseInt(response.headers().firstValue("x-rate-limit-remaining").orElseThrow()) > 0);
    }

    @Test
    void clockSkewScenarioRefusesFreshSignatures() throws Exception {
        running.sandbox().selectScenario("clock-skew");

        HttpResponse<String> response = running.client().oauth1("GET", "/2/users/me", null, false);

        assertEquals(401, response.statusCode());
        assertEquals(200, running.client().oauth1With("GET", "/2/users/me", null, new Oauth1Credentials(running.sandbox().credentials().consumerKey(),
                running.sandbox().credentials().consumerSecret(), running.sandbox().credentials().accessToken(), running.sandbox().credentials().accessTokenSecret()),
                Map.of(), List.of(), clock.instant().plus(Router.SKEW).getEpochSecond()).statusCode(), "a clock set right passes");
    }

    @Test
    void revokedTokenScenarioRefusesUserContextButNotAppOnly() throws Exception {
        assertEquals(401, running.client().oauth1("GET", "/2/users/me", null, false, Scenarios.HEADER, "revoked-token").statusCode());
        assertEquals(200, running.client().appOnly("GET", "/2/users/2244994945", null, Scenarios.HEADER, "revoked-token").statusCode());
    }

    @Test
    void rateLimitedScenarioShowsAnEmptyWindow() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/users/2244994945", null, Scenarios.HEADER, "rate-limited");

        assertEquals(429, response.statusCode());
        assertEquals(Optional.of("0"), response.headers().firstValue("x-rate-limit-remaining"));
    }

    @Test
    void overloadedScenarioIsAnHtml503LabelledJson() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/users/2244994945", null, Scenarios.HEADER, "server-overloaded");

        assertEquals(503, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        assertTrue(response.body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void internalErrorScenarioIsAPlainText500() throws Exception {
        HttpResponse<String> response = running.client().appOnly("GET", "/2/users/2244994945", null, Scenarios.HEADER, "internal-error");

        assertEquals(500, response.statusCode());
        assertEquals("Internal Server Error", response.body());
    }

    @Test
    void unknownPathsAndMethodsAnswer404And501() throws Exception {
        HttpResponse<String> missing = running.client().appOnly("GET", "/2/nothing/here", null);
        assertEquals(404, missing.statusCode());
        assertEquals(34, json(missing).path("errors").get(0).path("code").asInt());

        assertEquals(501, running.client().appOnly("PATCH", "/2/users/me", "{}").statusCode());
    }

    @Test
    void missingAuthIsUnauthorized() throws Exception {
        assertEquals(401, running.client().send(HttpRequest.newBuilder(running.client().uri("/2/users/2244994945"))).statusCode());
    }

    @Test
    void openApiDescribesTheSandboxEndpointsWithTheirSecurity() throws Exception {
        JsonNode spec = json(running.client().send(HttpRequest.newBuilder(running.client().uri("/2/openapi.json"))));

        assertEquals("3.0.0", spec.path("openapi").asText());
        JsonNode me = spec.path("paths").path("/2/users/me").path("get");
        assertEquals("[{\"OAuth2UserToken\":[\"tweet.read\",\"users.read\"]},{\"UserToken\":[]}]", me.path("security").toString());
        assertEquals("BearerToken", spec.path("paths").path("/2/tweets/{id}").path("get").path("security").get(0).fieldNames().next());
    }

    @Test
    void theDocumentReadInProcessIsTheOneServed() throws Exception {
        JsonNode served = json(running.client().send(HttpRequest.newBuilder(running.client().uri("/2/openapi.json"))));

        assertEquals(served, new com.fasterxml.jackson.databind.ObjectMapper().readTree(running.sandbox().openApiDocument()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"normal", "clock-skew", "revoked-token", "monthly-cap-reached", "rate-limited", "server-overloaded",
            "internal-error", "operational-disconnect", "slow-trickle", "read-only-app", "credits-depleted", "app-not-in-project",
            "client-disconnected"})
    void everyScenarioHasATitleAndALesson(String name) {
        Scenario scenario = running.sandbox().scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();

        assertTrue(!scenario.title().isBlank() && scenario.lesson().length() > 40);
    }
}
