package dev.xinspect.core.auth.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.auth.loopback.BrowserLauncher;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import dev.xinspect.core.auth.oauth2.BrowserSignIn;
import dev.xinspect.core.auth.oauth2.PkceAttempt;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.MutableClock;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every flow that puts credentials into a profile, against the sandbox's real OAuth endpoints on 127.0.0.1. */
class ProfileFlowsTest {
    private final MutableClock clock = new MutableClock(Instant.now());
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<FlowStep> steps = new CopyOnWriteArrayList<>();
    private Sandbox sandbox;
    private SandboxProfileBook book;
    private ProfileFlows flows;
    private ProfileAuthorizer authorizer;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withClock(clock).withAutoApprove(true)
                .withRedirectUri("http://127.0.0.1:" + freePort() + "/callback"));
        SandboxCredentials c = sandbox.credentials();
        book = new SandboxProfileBook(sandbox.baseUri(), new SandboxProfileBook.DemoValues(c.consumerKey(), c.consumerSecret(),
                c.accessToken(), c.accessTokenSecret(), c.bearerToken(), c.clientId(), c.clientSecret(), c.redirectUri()));
        flows = new ProfileFlows(() -> http, new Oauth1Signer(clock, () -> "n" + System.nanoTime()), new LoopbackReceiver(),
                approvingBrowser(), new SplittableRandom(7), worker, clock, Duration.ofSeconds(20));
        authorizer = new ProfileAuthorizer(flows, clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        worker.shutdownNow();
    }

    /** The user's browser, approving at once: it follows the sandbox's 302 to the loopback callback. */
    private BrowserLauncher approvingBrowser() {
        return page -> {
            try {
                HttpResponse<String> consent = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
                consent.headers().firstValue("location").ifPresent(location ->
                        http.sendAsync(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.discarding()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private int status(String path, String profile) {
        RequestAuth auth = authorizer.authFor(book, profile, steps::add);
        SentRequest request = SentRequest.of("GET", sandbox.baseUri() + path, null);
        HttpSender sender = new HttpSender(http, Duration.ofSeconds(10), clock, "test");
        Exchange exchange = sender.send(new RequestAuthorizer(new Oauth1Signer(clock, () -> "n" + System.nanoTime())).authorize(request, auth));
        return exchange.response().status();
    }

    @Test
    void pkceSignInInTheBrowserStoresTokensThatWorkOnUserContextEndpoints() throws Exception {
        String profile = SandboxProfileBook.OAUTH2_USER;
        assertThrows(CredentialsUnavailableException.class, () -> authorizer.authFor(book, profile, steps::add));

        PkceAttempt attempt = flows.preparePkce(book, profile, Pkce.Method.S256, steps::add);
        BrowserSignIn running = flows.signInWithBrowser(book, profile, attempt, steps::add);
        running.tokens().get(15, TimeUnit.SECONDS);

        assertEquals(200, status("/2/users/me", profile));
        assertEquals(List.of("Code verifier and challenge made", "Client authentication", "Listening for the redirect",
                "Authorize page opened in your browser", "The redirect came back", "POST /2/oauth2/token → 200", "Tokens stored"),
                steps.stream().map(FlowStep::title).toList());
        String verifier = attempt.codeVerifier();
        String access = book.secretsOf(profile).get(SecretField.OAUTH2_ACCESS_TOKEN).orElseThrow();
        for (FlowStep step : steps) {
            assertFalse(step.detail().contains(verifier) || step.detail().contains(access), step.title() + " leaks a secret");
        }
        FlowStep exchange = steps.get(5);
        assertTrue(exchange.call().orElseThrow().request().body().text().contains("code_verifier=" + verifier),
                "the recorded call is the call as sent; redaction is the viewer's job");
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeTheRequestAndTheOldRefreshTokenStopsWorking() throws Exception {
        String profile = SandboxProfileBook.OAUTH2_USER;
        PkceAttempt attempt = flows.preparePkce(book, profile, Pkce.Method.S256, steps::add);
        flows.signInWithBrowser(book, profile, attempt, steps::add).tokens().get(15, TimeUnit.SECONDS);
        String firstAccess = book.secretsOf(profile).get(SecretField.OAUTH2_ACCESS_TOKEN).orElseThrow();
        String firstRefresh = book.secretsOf(profile).get(SecretField.OAUTH2_REFRESH_TOKEN).orElseThrow();

        clock.advance(Duration.ofHours(2).minusSeconds(30));
        steps.clear();
        assertEquals(200, status("/2/users/me", profile));

        assertEquals("POST /2/oauth2/token → 200", steps.get(0).title());
        assertFalse(firstAccess.equals(book.secretsOf(profile).get(SecretField.OAUTH2_ACCESS_TOKEN).orElseThrow()));
        book.updateSecrets(profile, java.util.Map.of(SecretField.OAUTH2_REFRESH_TOKEN, firstRefresh));
        CredentialsUnavailableException refused = assertThrows(CredentialsUnavailableException.class,
                () -> flows.refresh(book, profile, steps::add));
        assertTrue(refused.getMessage().endsWith("Sign in again."), refused.getMessage());
        assertTrue(book.secretsOf(profile).get(SecretField.OAUTH2_ACCESS_TOKEN).isEmpty(), "a refused refresh forgets the tokens");
    }

    @Test
    void aPastedRedirectUrlFinishesTheSignInAndAWrongStateIsRefused() throws Exception {
        String profile = SandboxProfileBook.OAUTH2_USER;
        PkceAttempt attempt = flows.preparePkce(book, profile, Pkce.Method.S256, steps::add);
        HttpResponse<String> consent = http.send(HttpRequest.newBuilder(attempt.authorizeUrl().toUri()).build(),
                HttpResponse.BodyHandlers.ofString());
        String redirected = consent.headers().firstValue("location").orElseThrow();

        assertThrows(RuntimeException.class, () -> flows.completeWithPastedUrl(book, profile, attempt,
                redirected.replace("state=" + attempt.state(), "state=forged"), steps::add));
        flows.completeWithPastedUrl(book, profile, attempt, redirected, steps::add);
        assertEquals(200, status("/2/users/me", profile));
    }

    @Test
    void revokingForgetsTheTokensAndTheNextRequestSaysToSignIn() throws Exception {
        String profile = SandboxProfileBook.OAUTH2_USER;
        PkceAttempt attempt = flows.preparePkce(book, profile, Pkce.Method.S256, steps::add);
        flows.signInWithBrowser(book, profile, attempt, steps::add).tokens().get(15, TimeUnit.SECONDS);

        flows.revoke(book, profile, steps::add);

        CredentialsUnavailableException e = assertThrows(CredentialsUnavailableException.class,
                () -> authorizer.authFor(book, profile, steps::add));
        assertTrue(e.getMessage().contains("not signed in"), e.getMessage());
        assertTrue(steps.stream().anyMatch(s -> s.title().equals("POST /2/oauth2/revoke → 200")));
    }

    @Test
    void aBearerTokenIsMintedFromTheConsumerKeysAndInvalidated() {
        String profile = SandboxProfileBook.APP_ONLY;
        book.updateSecrets(profile, java.util.Map.of(SecretField.BEARER_TOKEN, ""));

        flows.mintBearer(book, profile, steps::add);

        assertEquals(200, status("/2/tweets/search/recent?query=xinspect", profile));
        assertEquals("POST /oauth2/token → 200", steps.get(0).title());
        flows.invalidateBearer(book, profile, steps::add);
        assertThrows(CredentialsUnavailableException.class, () -> authorizer.authFor(book, profile, steps::add));
    }

    @Test
    void theOauth1PinFlowStoresUserTokensThatSignRequests() throws Exception {
        String profile = SandboxProfileBook.OAUTH1_USER;
        book.updateSecrets(profile, java.util.Map.of(SecretField.ACCESS_TOKEN, "", SecretField.ACCESS_TOKEN_SECRET, ""));

        ProfileFlows.Oauth1Pending pending = flows.startOauth1(book, profile, steps::add);
        String page = http.send(HttpRequest.newBuilder(pending.authorizeUrl()).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher pin = Pattern.compile("<code id=\"pin\">([^<]+)</code>").matcher(page);
        assertTrue(pin.find(), page);
        flows.completeOauth1(book, profile, pending, pin.group(1), steps::add);

        assertEquals(200, status("/2/users/me", profile));
        assertInstanceOf(RequestAuth.Oauth1.class, authorizer.authFor(book, profile, steps::add));
        assertEquals(List.of("POST /oauth/request_token → 200", "Authorize page opened in your browser",
                "POST /oauth/access_token → 200", "User tokens stored"), steps.stream().map(FlowStep::title).toList());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
