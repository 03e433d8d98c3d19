package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.loopback.BrowserLauncher;
import dev.xinspect.core.auth.loopback.CallbackQuery;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import dev.xinspect.core.auth.loopback.PendingCallback;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * The OAuth 2.0 Authorization Code flow with PKCE, step by step: {@link #prepare} makes verifier, challenge, state
 * and authorize URL; {@link #startInBrowser} listens on the loopback callback, then opens the browser, then
 * exchanges the code; {@link #completeWithPastedUrl} is the fallback for remote or headless machines.
 */
public final class PkceSignIn {
    private final OAuthEndpoints endpoints;
    private final OAuth2TokenClient tokens;
    private final LoopbackReceiver receiver;
    private final BrowserLauncher browser;
    private final RandomGenerator random;
    private final Executor worker;
    private final Duration timeout;

    /**
     * @param random  a {@link java.security.SecureRandom} in the app; verifier and state come from it
     * @param worker  runs the blocking code exchange, off the listener's thread
     * @param timeout how long to wait for the redirect
     */
    public PkceSignIn(OAuthEndpoints endpoints, OAuth2TokenClient tokens, LoopbackReceiver receiver, BrowserLauncher browser,
                      RandomGenerator random, Executor worker, Duration timeout) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.receiver = receiver;
        this.browser = browser;
        this.random = random;
        this.worker = worker;
        this.timeout = timeout;
    }

    public PkceAttempt prepare(OAuth2Client client, String redirectUri, List<String> scopes, Pkce.Method method) {
        String verifier = Pkce.newVerifier(random);
        AuthorizeUrl url = new AuthorizeUrl(endpoints.oauth2Authorize(), client.clientId(), redirectUri, scopes,
                StateToken.generate(random), Pkce.challenge(verifier, method), method);
        return new PkceAttempt(client, url, verifier);
    }

    /** Starts the listener before the browser opens, so a fast redirect is never missed. */
    public BrowserSignIn startInBrowser(PkceAttempt requested) {
        PendingCallback<AuthorizationCode> callback = receiver.listen(URI.create(requested.redirectUri()),
                new AuthorizationCallback(requested.state()), timeout);
        PkceAttempt attempt = requested.withRedirectUri(callback.redirectUri().toString());
        String browserProblem = "";
        try {
            browser.open(attempt.authorizeUrl().toUri());
        } catch (IOException | RuntimeException e) {
            // Keep listening: the user can open the URL by hand in a browser on this machine (as gh and xurl offer).
            browserProblem = e.getMessage() == null || e.getMessage().isBlank() ? "no browser could be started" : e.getMessage();
        }
        return new BrowserSignIn(attempt, callback, callback.result().thenApplyAsync(code -> exchange(attempt, code), worker),
                browserProblem);
    }

    /** Finishes a sign-in from the redirected URL the user copied from the browser's address bar. */
    public OAuth2Token completeWithPastedUrl(PkceAttempt attempt, String redirectedUrl) {
        AuthorizationCode code = new AuthorizationCallback(attempt.state()).check(CallbackQuery.fromPastedUrl(redirectedUrl));
        return exchange(attempt, code);
    }

    private OAuth2Token exchange(PkceAttempt attempt, AuthorizationCode code) {
        return tokens.exchangeCode(attempt.client(), code.code(), attempt.redirectUri(), attempt.codeVerifier());
    }
}
