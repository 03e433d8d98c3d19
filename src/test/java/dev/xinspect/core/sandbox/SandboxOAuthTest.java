package dev.xinspect.core.sandbox;

import static dev.xinspect.core.sandbox.SandboxClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Param;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.http.QueryString;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sandbox's OAuth endpoints, checked for real: PKCE, Basic auth, single-use codes, refresh, revoke, OAuth 1.0a legs. */
class SandboxOAuthTest {
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.with(options -> options.withAutoApprove(true));
    private final MutableClock clock = running.clock();
    private SandboxCredentials app;

    @BeforeEach
    void readCredentials() {
        app = running.sandbox().credentials();
    }

    private String authorize(String scope) throws Exception {
        String query = "response_type=code&client_id=" + app.clientId() + "&redirect_uri=" + QueryString.encode(app.redirectUri())
                + "&scope=" + QueryString.encode(scope) + "&state=st4te&code_challenge=" + Pkce.challengeS256(VERIFIER)
                + "&code_challenge_method=S256";
        HttpResponse<String> response = running.client().send(HttpRequest.newBuilder(running.client().uri("/2/oauth2/authorize?" + query)));
        assertEquals(302, response.statusCode(), response.body());
        URI location = URI.create(response.headers().firstValue("location").orElseThrow());
        assertTrue(location.toString().startsWith(app.redirectUri() + "?state=st4te&code="));
        return QueryString.parse(location.toString()).get(1).value();
    }

    private HttpResponse<String> exchange(String code, String verifier) throws Exception {
        return running.client().form("/2/oauth2/token", app.clientId(), app.clientSecret(), "grant_type=authorization_code&code=" + code
                + "&redirect_uri=" + QueryString.encode(app.redirectUri()) + "&code_verifier=" + verifier);
    }

    @Test
    void pkceCodeExchangeGivesAJwtThatWorksOnUserContextEndpoints() throws Exception {
        HttpResponse<String> token = exchange(authorize("tweet.read users.read offline.access"), VERIFIER);

        assertEquals(200, token.statusCode(), token.body());
        JsonNode body = json(token);
        assertEquals("bearer", body.path("token_type").asText());
        assertEquals(7200, body.path("expires_in").asInt());
        assertTrue(body.path("access_token").asText().startsWith("eyJ"));
        assertTrue(body.has("refresh_token"));
        HttpResponse<String> me = running.client().bearer("GET", "/2/users/me", body.path("access_token").asText(), null);
        assertEquals(200, me.statusCode());
        assertEquals("xinspect_student", json(me).path("data").path("username").asText());
    }

    @Test
    void aWrongVerifierAReusedCodeAndAnOldCodeAreRefused() throws Exception {
        assertEquals(400, exchange(authorize("tweet.read"), "x".repeat(43)).statusCode());

        String code = authorize("tweet.read");
        assertEquals(200, exchange(code, VERIFIER).statusCode());
        assertEquals("invalid_request", json(exchange(code, VERIFIER)).path("error").asText());

        String late = authorize("tweet.read");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(400, exchange(late, VERIFIER).statusCode());
    }

    @Test
    void aConfidentialClientWithoutBasicAuthGetsTheClassicError() throws Exception {
        HttpResponse<String> response = running.client().form("/2/oauth2/token", null, null, "grant_type=authorization_code&code="
                + authorize("tweet.read") + "&client_id=" + app.clientId() + "&redirect_uri=" + QueryString.encode(app.redirectUri())
                + "&code_verifier=" + VERIFIER);

        assertEquals(401, response.statusCode());
        assertEquals("{\"error\":\"unauthorized_client\",\"error_description\":\"Missing valid authorization header\"}", response.body());
    }

    @Test
    void refreshIsSingleUseAndExpiredOrRevokedTokensAre401() throws Exception {
        JsonNode first = json(exchange(authorize("tweet.read users.read offline.access"), VERIFIER));
        String refresh = first.path("refresh_token").asText();

        HttpResponse<String> renewed = running.client().form("/2/oauth2/token", app.clientId(), app.clientSecret(), "grant_type=refresh_token&refresh_token=" + refresh);
        assertEquals(200, renewed.statusCode());
        assertEquals(400, running.client().form("/2/oauth2/token", app.clientId(), app.clientSecret(), "grant_type=refresh_token&refresh_token=" + refresh).statusCode());

        String access = json(renewed).path("access_token").asText();
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertEquals(401, running.client().bearer("GET", "/2/users/me", access, null).statusCode());

        String fresh = json(running.client().form("/2/oauth2/token", app.clientId(), app.clientSecret(), "grant_type=refresh_token&refresh_token="
                + json(renewed).path("refresh_token").asText())).path("access_token").asText();
        assertEquals(200, running.client().bearer("GET", "/2/users/me", fresh, null).statusCode());
        assertEquals("{\"revoked\":true}", running.client().form("/2/oauth2/revoke", app.clientId(), app.clientSecret(), "token=" + fresh).body());
        assertEquals(401, running.client().bearer("GET", "/2/users/me", fresh, null).statusCode());
    }

    @Test
    void clientCredentialsMintAnAppOnlyToken() throws Exception {
        HttpResponse<String> minted = running.client().form("/oauth2/token", app.consumerKey(), app.consumerSecret(), "grant_type=client_credentials");

        String token = json(minted).path("access_token").asText();
        assertTrue(token.startsWith("AAAAAAAAAAAAAAAAAAAAA"));
        assertEquals(200, running.client().bearer("GET", "/2/users/2244994945", token, null).statusCode());
        assertEquals(403, running.client().form("/oauth2/token", app.consumerKey(), "wrong", "grant_type=client_credentials").statusCode());
    }

    @Test
    void oauth1ThreeLeggedFlowIssuesAWorkingAccessToken() throws Exception {
        long now = clock.instant().getEpochSecond();
        HttpResponse<String> requestToken = running.client().oauth1With("POST", "/oauth/request_token", null,
                Oauth1Credentials.appOnly(app.consumerKey(), app.consumerSecret()), Map.of("oauth_callback", "oob"), List.of(), now);
        assertEquals(200, requestToken.statusCode(), requestToken.body());
        Map<String, String> temporary = fields(requestToken.body());
        assertEquals("true", temporary.get("oauth_callback_confirmed"));

        String page = running.client().send(HttpRequest.newBuilder(running.client().uri("/oauth/authorize?oauth_token=" + temporary.get("oauth_token")))).body();
        String pin = page.replaceAll("(?s).*<code id=\"pin\">(\\d+)</code>.*", "$1");

        HttpResponse<String> access = running.client().oauth1With("POST", "/oauth/access_token", null,
                new Oauth1Credentials(app.consumerKey(), app.consumerSecret(), temporary.get("oauth_token"), temporary.get("oauth_token_secret")),
                Map.of("oauth_verifier", pin), List.of(), now);
        assertEquals(200, access.statusCode(), access.body());
        Map<String, String> token = fields(access.body());

        HttpResponse<String> me = running.client().oauth1With("GET", "/2/users/me", null,
                new Oauth1Credentials(app.consumerKey(), app.consumerSecret(), token.get("oauth_token"), token.get("oauth_token_secret")),
                Map.of(), List.of(), now);
        assertEquals(200, me.statusCode());
    }

    @Test
    void aFormBodyIsPartOfTheOauth1Signature() throws Exception {
        long now = clock.instant().getEpochSecond();
        HttpResponse<String> requestToken = running.client().oauth1With("POST", "/oauth/request_token", null,
                Oauth1Credentials.appOnly(app.consumerKey(), app.consumerSecret()), Map.of("oauth_callback", "oob"),
                List.of(new Param("x_auth_access_type", "read write")), now);

        assertEquals(200, requestToken.statusCode(), requestToken.body());
    }

    private static Map<String, String> fields(String form) {
        return QueryString.parse("?" + form).stream().collect(java.util.stream.Collectors.toMap(p -> p.name(), p -> p.value()));
    }
}
