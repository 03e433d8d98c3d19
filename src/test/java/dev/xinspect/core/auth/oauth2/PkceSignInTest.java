package dev.xinspect.core.auth.oauth2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.loopback.BrowserLauncher;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PkceSignInTest {
    private final FakeXTokenServer x = new FakeXTokenServer();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> scopes = List.of("tweet.read", "users.read", "offline.access");

    PkceSignInTest() throws Exception {
    }

    @AfterEach
    void stop() {
        x.close();
        worker.shutdownNow();
    }

    private PkceSignIn signIn(BrowserLauncher browser) {
        return new PkceSignIn(x.endpoints(), new OAuth2TokenClient(http, x.endpoints(), Clock.systemUTC()),
                new LoopbackReceiver(), browser, new SplittableRandom(1), worker, Duration.ofSeconds(30));
    }

    /** A browser whose user approves at once: X's page redirects to the loopback callback. */
    private BrowserLauncher approvingBrowser() {
        return authorizeUrl -> {
            URI redirect = x.approve(authorizeUrl);
            http.sendAsync(HttpRequest.newBuilder(redirect).build(), HttpResponse.BodyHandlers.discarding());
        };
    }

    @Test
    void browserSignInEndsWithTokensFromTheTokenEndpoint() throws Exception {
        PkceSignIn flow = signIn(approvingBrowser());
        PkceAttempt attempt = flow.prepare(new OAuth2Client(FakeXTokenServer.CONFIDENTIAL_ID, FakeXTokenServer.CONFIDENTIAL_SECRET),
                "http://localhost:0/callback", scopes, Pkce.Method.S256);
        assertEquals(Pkce.challengeS256(attempt.codeVerifier()), attempt.authorizeUrl().codeChallenge());
        BrowserSignIn running = flow.startInBrowser(attempt);
        OAuth2Token token = running.tokens().get(10, TimeUnit.SECONDS);
        assertTrue(x.isLive(token.accessToken()));
        assertTrue(token.canRefresh());
        assertTrue(running.callback().result().isDone());
    }

    @Test
    void pastedRedirectFinishesTheSignInWithoutAListener() {
        PkceSignIn flow = signIn(uri -> {
            throw new AssertionError("no browser on a headless machine");
        });
        PkceAttempt attempt = flow.prepare(OAuth2Client.publicClient(FakeXTokenServer.PUBLIC_ID),
                "http://localhost:8080/callback", List.of("tweet.read"), Pkce.Method.PLAIN);
        URI redirected = x.approve(attempt.authorizeUrl().toUri());
        OAuth2Token token = flow.completeWithPastedUrl(attempt, redirected.toString());
        assertTrue(x.isLive(token.accessToken()));
    }

    @Test
    void aPastedRedirectWithAnotherStateIsRefused() {
        PkceSignIn flow = signIn(uri -> { });
        PkceAttempt attempt = flow.prepare(OAuth2Client.publicClient(FakeXTokenServer.PUBLIC_ID),
                "http://localhost:8080/callback", List.of("tweet.read"), Pkce.Method.S256);
        OAuthException e = assertThrows(OAuthException.class, () -> flow.completeWithPastedUrl(attempt,
                "http://localhost:8080/callback?state=other&code=c"));
        assertEquals("state_mismatch", e.error());
    }

    @Test
    void aBrowserThatCannotOpenLeavesTheListenerWaitingForTheUrlOpenedByHand() throws Exception {
        PkceSignIn flow = signIn(uri -> {
            throw new java.io.IOException("no display");
        });
        PkceAttempt attempt = flow.prepare(OAuth2Client.publicClient(FakeXTokenServer.PUBLIC_ID),
                "http://127.0.0.1:0/callback", List.of("tweet.read"), Pkce.Method.S256);
        BrowserSignIn running = flow.startInBrowser(attempt);
        assertEquals("no display", running.browserProblem());
        URI redirect = x.approve(running.attempt().authorizeUrl().toUri()); // the user opened the URL by hand
        http.send(HttpRequest.newBuilder(redirect).build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(x.isLive(running.tokens().get(10, TimeUnit.SECONDS).accessToken()));
    }
}
