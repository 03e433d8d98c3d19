package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.FormPost;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.Param;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;

/**
 * Mints and invalidates X's app-only Bearer token from an app's consumer key and secret
 * ({@code POST /oauth2/token} with {@code grant_type=client_credentials}, Basic auth of the URL-encoded key and
 * secret). Blocking: call it off the UI thread.
 */
public final class AppOnlyBearerClient {
    private final FormPost post;
    private final OAuthEndpoints endpoints;
    private final TokenReplyReader reader;

    public AppOnlyBearerClient(HttpClient http, OAuthEndpoints endpoints, Clock clock) {
        this(new FormPost(http), endpoints, clock);
    }

    /** @param post the form sender, which may observe every call (see {@link FormPost}) */
    public AppOnlyBearerClient(FormPost post, OAuthEndpoints endpoints, Clock clock) {
        this.post = post;
        this.endpoints = endpoints;
        this.reader = new TokenReplyReader(clock);
    }

    /** Returns the app's Bearer token (X returns the same one until it is invalidated). */
    public OAuth2Token mint(String consumerKey, String consumerSecret) {
        FormPost.Reply reply = post.post(endpoints.appOnlyToken(), List.of(new Param("grant_type", "client_credentials")),
                OAuth2Client.basic(consumerKey, consumerSecret));
        OAuth2Token token = reader.token(reply, ClientAuthentication.BASIC_HEADER);
        if (!"bearer".equalsIgnoreCase(token.tokenType())) {
            throw new dev.xinspect.core.auth.OAuthException(null, "Expected a bearer token, got token_type "
                    + token.tokenType(), reply.status(), null);
        }
        return token;
    }

    /** Invalidates the Bearer token; the next {@link #mint} gives a new one. */
    public void invalidate(String consumerKey, String consumerSecret, String bearerToken) {
        FormPost.Reply reply = post.post(endpoints.appOnlyInvalidate(), List.of(new Param("access_token", bearerToken)),
                OAuth2Client.basic(consumerKey, consumerSecret));
        reader.requireSuccess(reply, ClientAuthentication.BASIC_HEADER);
    }
}
