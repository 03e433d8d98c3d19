package dev.xinspect.core.auth.oauth2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.Pkce;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuth2TokenClientTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String REDIRECT = "http://localhost:8080/callback";

    private final FakeXTokenServer x = new FakeXTokenServer();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final HttpClient http = HttpClient.newHttpClient();
    private final OAuth2TokenClient client = new OAuth2TokenClient(http, x.endpoints(), clock);
    private final SplittableRandom random = new SplittableRandom(42);

    OAuth2TokenClientTest() throws Exception {
    }

    @AfterEach
    void stop() {
        x.close();
    }

    /** Runs the authorize step against the fake and returns [code, verifier]. */
    private String[] authorize(String clientId, List<String> scopes) {
        String verifier = Pkce.newVerifier(random);
        AuthorizeUrl url = new AuthorizeUrl(x.endpoints().oauth2Authorize(), clientId, REDIRECT, scopes, "state",
                Pkce.challengeS256(verifier), Pkce.Method.S256);
        URI redirect = x.approve(url.toUri());
        String code = redirect.getQuery().replaceFirst(".*code=", "");
        return new String[] {code, verifier};
    }

    @Test
    void confidentialClientExchangesWithBasicAuthAndGetsARefreshToken() {
        String[] grant = authorize(FakeXTokenServer.CONFIDENTIAL_ID, List.of("tweet.read", "users.read", "offline.access"));
        OAuth2Client app = new OAuth2Client(FakeXTokenServer.CONFIDENTIAL_ID, FakeXTokenServer.CONFIDENTIAL_SECRET);
        OAuth2Token token = client.exchangeCode(app, grant[0], REDIRECT, grant[1]);
        assertTrue(x.isLive(token.accessToken()));
        assertTrue(token.canRefresh());
        assertEquals(List.of("tweet.read", "users.read", "offline.access"), token.scopes());
        assertEquals(NOW.plusSeconds(7200), token.expiresAt());
        assertEquals(Duration.ofHours(2), token.remaining(clock));
        assertFalse(token.needsRefresh(clock, Duration.ofMinutes(5)));
        assertTrue(token.needsRefresh(Clock.offset(clock, Duration.ofMinutes(116)), Duration.ofMinutes(5)));
        assertEquals(ClientAuthentication.BASIC_HEADER, app.authentication());
    }

    @Test
    void publicClientSendsClientIdInTheBody() {
        String[] grant = authorize(FakeXTokenServer.PUBLIC_ID, List.of("tweet.read"));
        OAuth2Token token = client.exchangeCode(OAuth2Client.publicClient(FakeXTokenServer.PUBLIC_ID), grant[0], REDIRECT, grant[1]);
        assertTrue(x.isLive(token.accessToken()));
        assertNull(token.refreshToken());
        assertTrue(x.requestBodies.get(0).contains("client_id=public-client-id"));
    }

    @Test
    void confidentialClientWithoutSecretGetsTheClassicErrorAndAHint() {
        String[] grant = authorize(FakeXTokenServer.CONFIDENTIAL_ID, List.of("tweet.read"));
        OAuthException e = assertThrows(OAuthException.class, () -> client.exchangeCode(
                OAuth2Client.publicClient(FakeXTokenServer.CONFIDENTIAL_ID), grant[0], REDIRECT, grant[1]));
        assertEquals("unauthorized_client", e.error());
        assertEquals(401, e.httpStatus());
        assertTrue(e.getMessage().startsWith("unauthorized_client: Missing valid authorization header (HTTP 401). "), e.getMessage());
        assertTrue(e.hint().contains("client secret"));
    }

    @Test
    void aVerifierThatDoesNotMatchTheChallengeIsRefused() {
        String[] grant = authorize(FakeXTokenServer.PUBLIC_ID, List.of("tweet.read"));
        String otherVerifier = Pkce.newVerifier(random);
        OAuthException e = assertThrows(OAuthException.class, () -> client.exchangeCode(
                OAuth2Client.publicClient(FakeXTokenServer.PUBLIC_ID), grant[0], REDIRECT, otherVerifier));
        assertEquals("invalid_request", e.error());
        assertFalse(e.getMessage().contains(otherVerifier));
        assertTrue(e.hint().contains("code_verifier"));
    }

    @Test
    void aCodeIsSingleUse() {
        String[] grant = authorize(FakeXTokenServer.PUBLIC_ID, List.of("tweet.read"));
        OAuth2Client app = OAuth2Client.publicClient(FakeXTokenServer.PUBLIC_ID);
        client.exchangeCode(app, grant[0], REDIRECT, grant[1]);
        assertThrows(OAuthException.class, () -> client.exchangeCode(app, grant[0], REDIRECT, grant[1]));
    }

    @Test
    void refreshRotatesTheRefreshTokenAndTheOldOneStopsWorking() {
        String[] grant = authorize(FakeXTokenServer.CONFIDENTIAL_ID, List.of("tweet.read", "offline.access"));
        OAuth2Client app = new OAuth2Client(FakeXTokenServer.CONFIDENTIAL_ID, FakeXTokenServer.CONFIDENTIAL_SECRET);
        OAuth2Token first = client.exchangeCode(app, grant[0], REDIRECT, grant[1]);
        OAuth2Token second = client.refresh(app, first.refreshToken());
        assertTrue(x.isLive(second.accessToken()));
        assertTrue(second.canRefresh());
        OAuthException e = assertThrows(OAuthException.class, () -> client.refresh(app, first.refreshToken()));
        assertTrue(e.hint().contains("sign in again"), e.getMessage());
    }

    @Test
    void revokeEndsAnAccessToken() {
        String[] grant = authorize(FakeXTokenServer.PUBLIC_ID, List.of("tweet.read"));
        OAuth2Client app = OAuth2Client.publicClient(FakeXTokenServer.PUBLIC_ID);
        OAuth2Token token = client.exchangeCode(app, grant[0], REDIRECT, grant[1]);
        client.revoke(app, token.accessToken(), OAuth2TokenClient.TokenKind.ACCESS_TOKEN);
        assertFalse(x.isLive(token.accessToken()));
    }

    @Test
    void anUnreachableServerIsAPlainMessage() {
        OAuth2TokenClient nowhere = new OAuth2TokenClient(http, OAuthEndpoints.at(URI.create("http://127.0.0.1:1")), clock);
        OAuthException e = assertThrows(OAuthException.class,
                () -> nowhere.refresh(OAuth2Client.publicClient("id"), "refresh-canary"));
        assertEquals(0, e.httpStatus());
        assertTrue(e.getMessage().contains("127.0.0.1:1/2/oauth2/token"), e.getMessage());
        assertFalse(e.getMessage().contains("refresh-canary"));
    }

    @Test
    void toStringsHideTokensAndSecrets() {
        OAuth2Token token = new OAuth2Token("bearer", "access-canary", "refresh-canary", List.of(), null);
        OAuth2Client app = new OAuth2Client("id-canary", "secret-canary");
        String shown = token + " " + app + " " + new AuthorizationCode("code-canary", "s");
        assertFalse(shown.contains("canary"), shown);
    }
}
