package dev.xinspect.core.auth.oauth1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Oauth1Verification;
import dev.xinspect.core.auth.Oauth1Verifier;
import dev.xinspect.core.auth.loopback.CallbackQuery;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import dev.xinspect.core.auth.loopback.PendingCallback;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Oauth1ThreeLeggedTest {
    private static final String KEY = "consumer-key";
    private static final String SECRET = "consumer secret+/";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final HttpServer server;
    private final String base;
    private final AtomicInteger nonces = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Oauth1ThreeLegged flow;
    private volatile String issuedCallback;

    Oauth1ThreeLeggedTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(OAuthEndpoints.OAUTH1_REQUEST_TOKEN_PATH, e -> answer(e, null));
        server.createContext(OAuthEndpoints.OAUTH1_ACCESS_TOKEN_PATH, e -> answer(e, "request-secret"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        flow = new Oauth1ThreeLegged(http, OAuthEndpoints.at(URI.create(base)),
                new Oauth1Signer(CLOCK, () -> "nonce" + nonces.incrementAndGet()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Plays X: verifies the signature with the secrets it knows, then hands out the next token. */
    private void answer(HttpExchange exchange, String tokenSecret) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        Oauth1Verification check = new Oauth1Verifier(CLOCK).verify(
                Oauth1Request.of("POST", base + exchange.getRequestURI().getPath()), header, SECRET, tokenSecret, null);
        Map<String, String> oauth = check.headerParameters();
        if (!check.signatureMatches()) {
            send(exchange, 401, "{\"errors\":[{\"code\":32,\"message\":\"Could not authenticate you.\"}]}");
        } else if (tokenSecret == null) {
            issuedCallback = oauth.get("oauth_callback");
            send(exchange, 200, "oauth_token=request-token&oauth_token_secret=request-secret&oauth_callback_confirmed=true");
        } else if ("request-token".equals(oauth.get("oauth_token")) && "4711".equals(oauth.get("oauth_verifier"))) {
            send(exchange, 200, "oauth_token=1234-access&oauth_token_secret=access-secret&user_id=1234&screen_name=someone");
        } else {
            send(exchange, 401, "<?xml version=\"1.0\"?><hash><error>Invalid oauth_verifier parameter</error></hash>");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void pinFlowGetsTheUsersAccessToken() {
        Oauth1Token request = flow.requestToken(KEY, SECRET, Oauth1ThreeLegged.OUT_OF_BAND);
        assertEquals("oob", issuedCallback);
        assertEquals(URI.create(base + "/oauth/authorize?oauth_token=request-token"), flow.authorizeUrl(request));
        Oauth1Token access = flow.accessToken(KEY, SECRET, request, " 4711 ");
        assertEquals("1234", access.userId());
        assertEquals("someone", access.screenName());
        assertEquals("access-secret", access.withConsumer(KEY, SECRET).tokenSecret());
        assertFalse(access.toString().contains("access-secret"));
    }

    @Test
    void aWrongPinGivesTheServersWords() {
        Oauth1Token request = flow.requestToken(KEY, SECRET, Oauth1ThreeLegged.OUT_OF_BAND);
        OAuthException e = assertThrows(OAuthException.class, () -> flow.accessToken(KEY, SECRET, request, "0000"));
        assertTrue(e.getMessage().startsWith("Invalid oauth_verifier parameter (HTTP 401)"), e.getMessage());
    }

    @Test
    void aWrongConsumerSecretIsRefusedWithAHint() {
        OAuthException e = assertThrows(OAuthException.class, () -> flow.requestToken(KEY, "wrong", "oob"));
        assertEquals("error 32", e.error());
        assertTrue(e.hint().contains("clock"));
    }

    @Test
    void loopbackCallbackBringsTheVerifier() throws Exception {
        Oauth1Token request = flow.requestToken(KEY, SECRET, "http://127.0.0.1:0/oauth1");
        try (PendingCallback<String> pending = new LoopbackReceiver().listen(URI.create("http://127.0.0.1:0/oauth1"),
                Oauth1ThreeLegged.callbackFor(request), Duration.ofSeconds(30))) {
            http.send(HttpRequest.newBuilder(URI.create(pending.redirectUri() + "?oauth_token=request-token&oauth_verifier=4711"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            String verifier = pending.result().get(10, TimeUnit.SECONDS);
            assertEquals("1234", flow.accessToken(KEY, SECRET, request, verifier).userId());
        }
    }

    @Test
    void aCallbackForAnotherRequestTokenIsRefused() {
        Oauth1Token request = new Oauth1Token("mine", "s", true, null, null);
        OAuthException e = assertThrows(OAuthException.class, () -> Oauth1ThreeLegged.callbackFor(request)
                .check(CallbackQuery.parse("oauth_token=theirs&oauth_verifier=1")));
        assertEquals("token_mismatch", e.error());
        assertEquals("access_denied", assertThrows(OAuthException.class, () -> Oauth1ThreeLegged.callbackFor(request)
                .check(CallbackQuery.parse("denied=mine"))).error());
    }
}
