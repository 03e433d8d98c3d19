package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.FormPost;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.SecretMask;
import dev.xinspect.core.auth.loopback.BrowserLauncher;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import dev.xinspect.core.auth.oauth1.Oauth1ThreeLegged;
import dev.xinspect.core.auth.oauth1.Oauth1Token;
import dev.xinspect.core.auth.oauth2.AppOnlyBearerClient;
import dev.xinspect.core.auth.oauth2.BrowserSignIn;
import dev.xinspect.core.auth.oauth2.OAuth2Client;
import dev.xinspect.core.auth.oauth2.OAuth2Token;
import dev.xinspect.core.auth.oauth2.OAuth2TokenClient;
import dev.xinspect.core.auth.oauth2.PkceAttempt;
import dev.xinspect.core.auth.oauth2.PkceSignIn;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.Exchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The flows that put credentials into a profile, each narrated to a {@code Consumer<FlowStep>} as it goes: mint or
 * invalidate an app-only Bearer token, sign in with OAuth 2.0 Authorization Code + PKCE (system browser and loopback
 * redirect, or a pasted URL), refresh and revoke, and OAuth 1.0a's three legs with a PIN. What a flow obtains is
 * stored in the profile's book at once. Blocking unless it says otherwise: call it on a worker thread.
 */
public final class ProfileFlows {
    private final Supplier<HttpClient> http;
    private final Oauth1Signer signer;
    private final LoopbackReceiver receiver;
    private final BrowserLauncher browser;
    private final RandomGenerator random;
    private final Executor worker;
    private final Clock clock;
    private final Duration callbackTimeout;

    /**
     * @param http            asked for the client at the first call: building one sets up TLS, which the app's
     *                        start-up need not wait for
     * @param random          a {@link java.security.SecureRandom} in the app: PKCE verifiers and states come from it
     * @param callbackTimeout how long a browser sign-in waits for the redirect
     */
    public ProfileFlows(Supplier<HttpClient> http, Oauth1Signer signer, LoopbackReceiver receiver, BrowserLauncher browser,
                        RandomGenerator random, Executor worker, Clock clock, Duration callbackTimeout) {
        this.http = http;
        this.signer = signer;
        this.receiver = receiver;
        this.browser = browser;
        this.random = random;
        this.worker = worker;
        this.clock = clock;
        this.callbackTimeout = callbackTimeout;
    }

    // --- OAuth 2.0 app-only ---------------------------------------------------------------------------------------

    /** Mints the App's Bearer token from its consumer key and secret and stores it in the profile. */
    public void mintBearer(ProfileBook book, String name, Consumer<FlowStep> steps) {
        ProfileSecrets secrets = book.secretsOf(name);
        String key = require(secrets, SecretField.CONSUMER_KEY, name, "a consumer key (API Key)");
        String secret = require(secrets, SecretField.CONSUMER_SECRET, name, "a consumer secret (API Key Secret)");
        OAuth2Token token = new AppOnlyBearerClient(observed(steps), book.endpoints(), clock).mint(key, secret);
        book.updateSecrets(name, Map.of(SecretField.BEARER_TOKEN, token.accessToken()));
        steps.accept(step("Bearer token stored", "The App's Bearer token (" + SecretMask.mask(token.accessToken())
                + ") is kept in " + book.storeDescription() + ". X returns the same token until it is invalidated."));
    }

    /** Invalidates the profile's Bearer token at X and forgets it. */
    public void invalidateBearer(ProfileBook book, String name, Consumer<FlowStep> steps) {
        ProfileSecrets secrets = book.secretsOf(name);
        String bearer = require(secrets, SecretField.BEARER_TOKEN, name, "a Bearer token");
        new AppOnlyBearerClient(observed(steps), book.endpoints(), clock).invalidate(
                require(secrets, SecretField.CONSUMER_KEY, name, "a consumer key (API Key)"),
                require(secrets, SecretField.CONSUMER_SECRET, name, "a consumer secret (API Key Secret)"), bearer);
        Map<SecretField, String> cleared = new EnumMap<>(SecretField.class);
        cleared.put(SecretField.BEARER_TOKEN, null);
        book.updateSecrets(name, cleared);
        steps.accept(step("Bearer token forgotten", "The token no longer works anywhere; Mint gives a new one."));
    }

    // --- OAuth 2.0 Authorization Code with PKCE -------------------------------------------------------------------

    /** Step 1 of a sign-in: verifier, challenge, state and the authorize URL (nothing is sent yet). Not blocking. */
    public PkceAttempt preparePkce(ProfileBook book, String name, Pkce.Method method, Consumer<FlowStep> steps) {
        CredentialProfile profile = book.require(name);
        OAuth2Client client = book.secretsOf(name).oauth2Client().orElseThrow(() -> new CredentialsUnavailableException(
                "The profile " + name + " needs the OAuth 2.0 Client ID of the App (developer portal, Keys and tokens)."));
        String redirect = profile.redirectUri() == null ? CredentialProfile.DEFAULT_REDIRECT_URI : profile.redirectUri();
        PkceAttempt attempt = pkce(book, steps).prepare(client, redirect, profile.scopes(), method);
        steps.accept(step("Code verifier and challenge made",
                "A code verifier of " + attempt.codeVerifier().length() + " random characters stays on this machine until the "
                        + "token exchange. Only its challenge travels through the browser: " + method.wireName() + " → "
                        + attempt.authorizeUrl().codeChallenge() + ". The state " + attempt.state()
                        + " must come back unchanged, which proves the redirect answers this sign-in."));
        steps.accept(step("Client authentication", client.authentication().description()
                + ". X decides by the App's type; the wrong choice gives unauthorized_client."));
        return attempt;
    }

    /**
     * Starts the loopback listener, then opens the authorize page in the system browser; the returned sign-in's
     * {@code tokens} completes once the code is exchanged and the tokens are stored. Returns at once.
     */
    public BrowserSignIn signInWithBrowser(ProfileBook book, String name, PkceAttempt attempt, Consumer<FlowStep> steps) {
        BrowserSignIn running = pkce(book, steps).startInBrowser(attempt);
        steps.accept(step("Listening for the redirect", "xinspect listens on " + running.callback().addresses() + " for "
                + running.attempt().redirectUri() + ": the callback registered for the App, matched exactly by X. One "
                + "request is accepted, then the listener stops (or after " + callbackTimeout.toMinutes() + " min)."));
        steps.accept(running.browserOpened()
                ? step("Authorize page opened in your browser", running.attempt().authorizeUrl().toUri().toString())
                : step("No browser could be opened (" + running.browserProblem() + ")",
                "Open this address in a browser yourself: " + running.attempt().authorizeUrl().toUri()));
        running.callback().result().thenAccept(code -> steps.accept(step("The redirect came back",
                "The state matches the one sent; the authorization code (" + SecretMask.mask(code.code())
                        + ") must be exchanged within 30 seconds.")));
        CompletableFuture<OAuth2Token> stored = running.tokens().thenApply(token -> store(book, name, token, steps));
        return new BrowserSignIn(running.attempt(), running.callback(), stored, running.browserProblem());
    }

    /** Finishes a sign-in from the address the browser was redirected to (remote or headless machines). */
    public OAuth2Token completeWithPastedUrl(ProfileBook book, String name, PkceAttempt attempt, String redirectedUrl,
                                             Consumer<FlowStep> steps) {
        steps.accept(step("Redirected URL pasted", "Its state is checked against this sign-in's, then its code is exchanged."));
        return store(book, name, pkce(book, steps).completeWithPastedUrl(attempt, redirectedUrl), steps);
    }

    /** Trades the refresh token for a new pair; X's refresh tokens are single use, so the new one is stored at once. */
    public OAuth2Token refresh(ProfileBook book, String name, Consumer<FlowStep> steps) {
        ProfileSecrets secrets = book.secretsOf(name);
        String refreshToken = require(secrets, SecretField.OAUTH2_REFRESH_TOKEN, name,
                "a refresh token (sign in with the offline.access scope)");
        OAuth2Client client = secrets.oauth2Client().orElseThrow(() -> new CredentialsUnavailableException(
                "The profile " + name + " needs its OAuth 2.0 Client ID to refresh."));
        try {
            return store(book, name, tokenClient(book, steps).refresh(client, refreshToken), steps);
        } catch (OAuthException e) {
            if (e.httpStatus() == 400 || e.httpStatus() == 401) {
                book.updateSecrets(name, StoredTokens.cleared());
                throw new CredentialsUnavailableException("The refresh token of " + name + " was refused ("
                        + e.getMessage() + "): it was revoked or already used. Sign in again.");
            }
            throw e;
        }
    }

    /** Revokes the refresh token (or the access token when there is none) at X and forgets both. */
    public void revoke(ProfileBook book, String name, Consumer<FlowStep> steps) {
        ProfileSecrets secrets = book.secretsOf(name);
        OAuth2Client client = secrets.oauth2Client().orElseThrow(() -> new CredentialsUnavailableException(
                "The profile " + name + " needs its OAuth 2.0 Client ID to revoke."));
        OAuth2TokenClient tokens = tokenClient(book, steps);
        secrets.get(SecretField.OAUTH2_REFRESH_TOKEN).ifPresentOrElse(
                refresh -> tokens.revoke(client, refresh, OAuth2TokenClient.TokenKind.REFRESH_TOKEN),
                () -> tokens.revoke(client, require(secrets, SecretField.OAUTH2_ACCESS_TOKEN, name, "a token"),
                        OAuth2TokenClient.TokenKind.ACCESS_TOKEN));
        book.updateSecrets(name, StoredTokens.cleared());
        steps.accept(step("Tokens forgotten", "The tokens were revoked at the server and removed from " + book.storeDescription() + "."));
    }

    // --- OAuth 1.0a three-legged (PIN) ----------------------------------------------------------------------------

    /** A three-legged sign-in waiting for the user's PIN: the request token and the page where it is shown. */
    public record Oauth1Pending(Oauth1Token requestToken, URI authorizeUrl) {
    }

    /** Legs 1 and 2: gets a request token for the PIN flow ({@code oob}) and opens the authorize page. */
    public Oauth1Pending startOauth1(ProfileBook book, String name, Consumer<FlowStep> steps) {
        ProfileSecrets secrets = book.secretsOf(name);
        String key = require(secrets, SecretField.CONSUMER_KEY, name, "a consumer key (API Key)");
        String secret = require(secrets, SecretField.CONSUMER_SECRET, name, "a consumer secret (API Key Secret)");
        Oauth1ThreeLegged legs = threeLegged(book, steps);
        Oauth1Token requestToken = legs.requestToken(key, secret, Oauth1ThreeLegged.OUT_OF_BAND);
        URI page = legs.authorizeUrl(requestToken);
        try {
            browser.open(page);
            steps.accept(step("Authorize page opened in your browser", page + " — approve, then type the PIN it shows."));
        } catch (IOException | RuntimeException e) {
            steps.accept(step("Open the authorize page yourself", page + " — no browser could be started here."));
        }
        return new Oauth1Pending(requestToken, page);
    }

    /** Leg 3: trades the request token and the PIN for the user's access token and secret, and stores them. */
    public void completeOauth1(ProfileBook book, String name, Oauth1Pending pending, String pin, Consumer<FlowStep> steps) {
        if (pin == null || pin.isBlank()) {
            throw new CredentialsUnavailableException("Type the PIN the authorize page showed.");
        }
        ProfileSecrets secrets = book.secretsOf(name);
        Oauth1Token access = threeLegged(book, steps).accessToken(
                require(secrets, SecretField.CONSUMER_KEY, name, "a consumer key"),
                require(secrets, SecretField.CONSUMER_SECRET, name, "a consumer secret"), pending.requestToken(), pin);
        Map<SecretField, String> values = new EnumMap<>(SecretField.class);
        values.put(SecretField.ACCESS_TOKEN, access.token());
        values.put(SecretField.ACCESS_TOKEN_SECRET, access.tokenSecret());
        book.updateSecrets(name, values);
        steps.accept(step("User tokens stored", "Access token and secret for "
                + (access.screenName() == null ? "the user" : "@" + access.screenName()) + " are kept in "
                + book.storeDescription() + ". OAuth 1.0a user tokens do not expire; revoke them in X's settings."));
    }

    // --- plumbing -------------------------------------------------------------------------------------------------

    private OAuth2Token store(ProfileBook book, String name, OAuth2Token token, Consumer<FlowStep> steps) {
        book.updateSecrets(name, StoredTokens.fields(token));
        String expiry = token.expiresAt() == null ? "no lifetime given" : "expires " + token.expiresAt();
        steps.accept(step("Tokens stored", "Access token (" + SecretMask.mask(token.accessToken()) + ", " + expiry + "), "
                + (token.canRefresh() ? "a refresh token" : "no refresh token (offline.access was not granted)")
                + (token.scopes().isEmpty() ? "" : ", scopes " + String.join(" ", token.scopes()))
                + "; kept in " + book.storeDescription() + "."));
        return token;
    }

    private PkceSignIn pkce(ProfileBook book, Consumer<FlowStep> steps) {
        return new PkceSignIn(book.endpoints(), tokenClient(book, steps), receiver, browser, random, worker, callbackTimeout);
    }

    private OAuth2TokenClient tokenClient(ProfileBook book, Consumer<FlowStep> steps) {
        return new OAuth2TokenClient(observed(steps), book.endpoints(), clock);
    }

    private Oauth1ThreeLegged threeLegged(ProfileBook book, Consumer<FlowStep> steps) {
        return new Oauth1ThreeLegged(observed(steps), book.endpoints(), signer);
    }

    /** A form sender that reports each call as a step with its exchange. */
    private FormPost observed(Consumer<FlowStep> steps) {
        return new FormPost(http.get(), exchange -> steps.accept(new FlowStep(clock.instant(), CallNarration.title(exchange),
                CallNarration.purpose(exchange), exchange)));
    }

    private FlowStep step(String title, String detail) {
        return new FlowStep(clock.instant(), title, detail, null);
    }

    private static String require(ProfileSecrets secrets, SecretField field, String profile, String what) {
        return secrets.get(field).orElseThrow(() -> new CredentialsUnavailableException("The profile " + profile + " needs " + what + "."));
    }

}
