package dev.xinspect.core.diagnosis.hint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardHintsTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.loadBundled();
    private static final String SERVER_DATE = "Tue, 24 Nov 2026 10:00:00 GMT";
    private static final long SERVER_EPOCH = 1795514400L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(SERVER_EPOCH), ZoneOffset.UTC);
    private static final String APP_ONLY = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F";

    private Diagnosis diagnose(SentRequest request, int status, String body, String... headers) {
        return diagnose(request, status, body, (method, url) -> Set.of(), headers);
    }

    private Diagnosis diagnose(SentRequest request, int status, String body,
                               dev.xinspect.core.diagnosis.EndpointAuthModes endpoints, String... headers) {
        Diagnoser diagnoser = new Diagnoser(KNOWLEDGE, CLOCK, endpoints, StandardHints.all());
        Headers all = Headers.of(headers).with("date", SERVER_DATE).with("content-type", "application/json");
        return diagnoser.diagnose(Exchange.of(request, new ReceivedResponse(status, "", "HTTP/2", all, Body.ofText(body))));
    }

    private static SentRequest get(String url, String authorization) {
        return SentRequest.of("GET", url, Headers.of("Authorization", authorization));
    }

    private static List<String> hints(Diagnosis diagnosis) {
        return diagnosis.findings().stream().map(Finding::type).filter(t -> t.startsWith("hint:")).toList();
    }

    @Test
    void oauth1TimestampNineMinutesBehindTheServerIsClockSkew() {
        long nineMinutesAgo = SERVER_EPOCH - 9 * 60;
        SentRequest request = get("https://api.x.com/2/users/me", "OAuth oauth_consumer_key=\"k\", oauth_nonce=\"n\", "
                + "oauth_signature=\"s\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"" + nineMinutesAgo + "\"");

        Diagnosis diagnosis = diagnose(request, 401, "{\"errors\":[{\"code\":32,\"message\":\"Could not authenticate you.\"}]}");

        Finding skew = diagnosis.findings().stream().filter(f -> f.type().equals("hint:clock-skew")).findFirst().orElseThrow();
        assertEquals("Your clock is 9 min behind X's", skew.title());
        assertEquals("-540", skew.fields().get("skew seconds"));
    }

    @Test
    void aTimestampWithinFiveMinutesIsNoHint() {
        SentRequest request = get("https://api.x.com/2/users/me", "OAuth oauth_timestamp=\"" + (SERVER_EPOCH + 120) + "\"");

        assertEquals(List.of(), hints(diagnose(request, 200, "{\"data\":{}}")));
    }

    @Test
    void appOnlyTokenOnAUserContextEndpointIsCaughtFromTheCatalog() {
        Diagnosis diagnosis = diagnose(get("https://api.x.com/2/users/me", "Bearer " + APP_ONLY), 403,
                "{\"title\":\"Unsupported Authentication\",\"type\":\"https://api.twitter.com/2/problems/unsupported-authentication\",\"status\":403,\"detail\":\"d\"}",
                (method, url) -> Set.of(AuthMode.OAUTH1_USER, AuthMode.OAUTH2_USER));

        Finding hint = diagnosis.findings().stream().filter(f -> f.type().equals("hint:auth-mode")).findFirst().orElseThrow();
        assertEquals("This endpoint does not take OAuth 2.0 app-only (Bearer)", hint.title());
        assertEquals("OAuth 1.0a user context, OAuth 2.0 user context (PKCE)", hint.fields().get("accepted"));
    }

    @Test
    void unsupportedAuthenticationAloneAlsoNamesTheModeSent() {
        Diagnosis diagnosis = diagnose(get("https://api.x.com/2/users/me", "Bearer " + APP_ONLY), 403,
                "{\"title\":\"Unsupported Authentication\",\"type\":\"https://api.twitter.com/2/problems/unsupported-authentication\",\"status\":403,\"detail\":\"d\"}");

        assertEquals(List.of("hint:auth-mode"), hints(diagnosis));
    }

    @Test
    void forbiddenWriteWithReadAccessLevelPointsAtAppPermissions() {
        SentRequest post = new SentRequest("POST", "https://api.x.com/2/tweets",
                Headers.of("Authorization", "OAuth oauth_timestamp=\"" + SERVER_EPOCH + "\""), Body.ofText("{\"text\":\"hi\"}"));

        Diagnosis diagnosis = diagnose(post, 403, "{\"title\":\"Forbidden\",\"type\":\"about:blank\",\"status\":403,\"detail\":\"Forbidden\"}",
                "x-access-level", "read");

        assertEquals(List.of("hint:read-only-token"), hints(diagnosis));
    }

    @Test
    void conflictOnTheFilteredStreamSaysAddRules() {
        Diagnosis diagnosis = diagnose(get("https://api.x.com/2/tweets/search/stream", "Bearer " + APP_ONLY), 409,
                "{\"title\":\"ConnectionException\",\"detail\":\"No rules\",\"type\":\"https://api.twitter.com/2/problems/streaming-connection\"}");

        assertEquals(List.of("hint:stream-without-rules"), hints(diagnosis));
    }

    @Test
    void unauthorizedWithAnExpiredJwtSaysHowLongAgo() {
        String token = JWT.create().withExpiresAt(Instant.ofEpochSecond(SERVER_EPOCH - 600)).sign(Algorithm.HMAC256("k"));

        Diagnosis diagnosis = diagnose(get("https://api.x.com/2/users/me", "Bearer " + token), 401,
                "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");

        Finding hint = diagnosis.findings().stream().filter(f -> f.type().equals("hint:expired-token")).findFirst().orElseThrow();
        assertEquals("The access token expired 10 min before this request", hint.title());
    }

    @Test
    void repeatedQueryKeysAreNamed() {
        Diagnosis diagnosis = diagnose(get("https://api.x.com/2/tweets?ids=1&ids=2&expansions=a&expansions=b", "Bearer x"), 400,
                "{\"title\":\"Invalid Request\",\"type\":\"https://api.twitter.com/2/problems/invalid-request\",\"detail\":\"d\"}");

        Finding hint = diagnosis.findings().stream().filter(f -> f.type().equals("hint:repeated-query-key")).findFirst().orElseThrow();
        assertEquals("ids, expansions", hint.fields().get("parameters"));
    }

    @Test
    void aPastedResponseWithoutARequestGetsNoHints() {
        Diagnoser diagnoser = new Diagnoser(KNOWLEDGE, CLOCK, (m, u) -> Set.of(), StandardHints.all());

        Diagnosis diagnosis = diagnoser.diagnose(Exchange.ofResponse(ReceivedResponse.of(409, Headers.EMPTY, "")));

        assertEquals(List.of(), hints(diagnosis));
    }

    private static SentRequest upload(String authorization) {
        return new SentRequest("POST", "https://api.x.com/2/media/upload/initialize", Headers.of("Authorization", authorization,
                "Content-Type", "application/json"), Body.ofText("{\"media_type\":\"video/mp4\",\"total_bytes\":1048576}"));
    }

    private static String userJwt(String scopes) {
        return JWT.create().withSubject("2244994945").withClaim("scope", scopes).withClaim("grant_type", "authorization_code")
                .sign(Algorithm.HMAC256("sandbox"));
    }

    @Test
    void aForbiddenUploadWithAUserTokenLackingMediaWriteNamesTheScopes() {
        Diagnosis diagnosis = diagnose(upload("Bearer " + userJwt("users.read tweet.read")), 403,
                "{\n  \"title\": \"Forbidden\",\n  \"type\": \"about:blank\",\n  \"status\": 403,\n  \"detail\": \"Forbidden\"\n}");

        Finding hint = diagnosis.findings().stream().filter(f -> f.type().equals("hint:media-write-scope")).findFirst().orElseThrow();
        assertEquals("Uploading media needs the media.write scope", hint.title());
        assertEquals("tweet.read users.read", hint.fields().get("scopes"));
    }

    @Test
    void aForbiddenUploadWithAnOpaqueUserTokenPointsAtMediaWriteAsTheUsualCause() {
        // X's user tokens are opaque: the scopes cannot be read from them (makerprism/ocaml-social-sdk#25: a 403 until re-authorized)
        Diagnosis diagnosis = diagnose(upload("Bearer bWVkaWEtd3JpdGUtbWlzc2luZzoxNzMzNDQ0MDAwMDAwOjE6MTphdDox"), 403, "");

        assertEquals(List.of("hint:media-write-scope"), hints(diagnosis));
    }

    @Test
    void noMediaWriteHintWhenTheScopeIsThereOrTheCallIsNoUpload() {
        assertEquals(List.of(), hints(diagnose(upload("Bearer " + userJwt("media.write tweet.write")), 403, "")));
        assertEquals(List.of(), hints(diagnose(get("https://api.x.com/2/users/me", "Bearer " + userJwt("tweet.read")), 403, "")));
        assertEquals(List.of(), hints(diagnose(upload("OAuth oauth_consumer_key=\"k\", oauth_signature=\"s\""), 403, "")));
    }
}
