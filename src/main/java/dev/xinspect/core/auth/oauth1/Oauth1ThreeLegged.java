package dev.xinspect.core.auth.oauth1;

import dev.xinspect.core.auth.FormPost;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.OAuthErrorBody;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Oauth1Trace;
import dev.xinspect.core.auth.PercentEncoding;
import dev.xinspect.core.auth.loopback.CallbackCheck;
import dev.xinspect.core.auth.loopback.CallbackQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The OAuth 1.0a three-legged flow that gets a user's access token (RFC 5849 §2): {@code oauth/request_token}
 * with a callback ({@code oob} for the PIN flow, or a loopback URL), the user authorizes in the browser, then
 * {@code oauth/access_token} with the verifier. Each call is signed by the injected signer. Blocking.
 */
public final class Oauth1ThreeLegged {
    /** The callback value that asks X to show a PIN instead of redirecting (RFC 5849 §2.1). */
    public static final String OUT_OF_BAND = "oob";

    private final FormPost post;
    private final OAuthEndpoints endpoints;
    private final Oauth1Signer signer;

    /** @param signer a signer built with a clock and nonce source */
    public Oauth1ThreeLegged(HttpClient http, OAuthEndpoints endpoints, Oauth1Signer signer) {
        this(new FormPost(http), endpoints, signer);
    }

    /** @param post the form sender, which may observe every call (see {@link FormPost}) */
    public Oauth1ThreeLegged(FormPost post, OAuthEndpoints endpoints, Oauth1Signer signer) {
        this.post = post;
        this.endpoints = endpoints;
        this.signer = signer;
    }

    /** Step 1: a temporary request token for {@code callback} ({@link #OUT_OF_BAND} or the app's registered callback URL). */
    public Oauth1Token requestToken(String consumerKey, String consumerSecret, String callback) {
        Oauth1Request request = new Oauth1Request("POST", endpoints.oauth1RequestToken().toString(), List.of(),
                Map.of("oauth_callback", callback));
        Oauth1Token token = call(request, Oauth1Credentials.appOnly(consumerKey, consumerSecret));
        if (!token.callbackConfirmed()) {
            throw new OAuthException(null, "The request token came without oauth_callback_confirmed=true", 200, null);
        }
        return token;
    }

    /** Step 2: the page where the user authorizes the app; open it in the system browser. */
    public URI authorizeUrl(Oauth1Token requestToken) {
        return URI.create(endpoints.oauth1Authorize() + "?oauth_token=" + PercentEncoding.encode(requestToken.token()));
    }

    /** Step 3: trades the request token and the verifier (the PIN, or {@code oauth_verifier} from the callback) for the user's tokens. */
    public Oauth1Token accessToken(String consumerKey, String consumerSecret, Oauth1Token requestToken, String verifier) {
        Oauth1Request request = new Oauth1Request("POST", endpoints.oauth1AccessToken().toString(), List.of(),
                Map.of("oauth_verifier", verifier.strip()));
        return call(request, requestToken.withConsumer(consumerKey, consumerSecret));
    }

    /** Checks a loopback callback: the {@code oauth_token} must be this flow's request token; returns {@code oauth_verifier}. */
    public static CallbackCheck<String> callbackFor(Oauth1Token requestToken) {
        return new CallbackCheck<>() {
            /** X's callback names the request token: {@code oauth_token=…}, or {@code denied=…} when declined. */
            @Override
            public boolean belongs(Map<String, String> query) {
                return isRequestToken(query.get("oauth_token"), requestToken) || isRequestToken(query.get("denied"), requestToken);
            }

            @Override
            public String check(Map<String, String> query) {
                if (query.containsKey("denied")) {
                    throw new OAuthException("access_denied", "The authorization was declined on the X page", 0, null);
                }
                if (!isRequestToken(query.getOrDefault("oauth_token", ""), requestToken)) {
                    throw new OAuthException("token_mismatch", "The callback's oauth_token is not this sign-in's request token; it was refused", 0, null);
                }
                String verifier = query.get("oauth_verifier");
                if (verifier == null || verifier.isEmpty()) {
                    throw new OAuthException("verifier_missing", "The callback carries no oauth_verifier", 0, null);
                }
                return verifier;
            }
        };
    }

    private static boolean isRequestToken(String token, Oauth1Token requestToken) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), requestToken.token().getBytes(StandardCharsets.UTF_8));
    }

    private Oauth1Token call(Oauth1Request request, Oauth1Credentials credentials) {
        Oauth1Trace trace = signer.sign(request, credentials);
        FormPost.Reply reply = post.post(URI.create(request.url()), List.of(), trace.authorizationHeader());
        if (!reply.isSuccess()) {
            String hint = reply.status() == 401 ? "Check the consumer key and secret, the callback URL registered for "
                    + "the app, and this machine's clock" : null;
            throw OAuthErrorBody.read(reply.body()).toException(reply.status(), hint);
        }
        Map<String, String> values = CallbackQuery.parse(reply.body().strip());
        String token = values.get("oauth_token");
        String secret = values.get("oauth_token_secret");
        if (token == null || secret == null) {
            throw new OAuthException(null, "The answer lacks oauth_token or oauth_token_secret", reply.status(), null);
        }
        return new Oauth1Token(token, secret, "true".equals(values.get("oauth_callback_confirmed")),
                values.get("user_id"), values.get("screen_name"));
    }
}
