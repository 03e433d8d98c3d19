package dev.xinspect.core.auth.oauth1;

import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.SecretMask;
import java.util.Objects;

/**
 * A token and its secret from the OAuth 1.0a token endpoints: a temporary request token
 * ({@code callbackConfirmed} set) or the user's access token ({@code userId} and {@code screenName} set).
 * {@link #toString()} hides the token and secret.
 */
public record Oauth1Token(String token, String tokenSecret, boolean callbackConfirmed, String userId, String screenName) {
    public Oauth1Token {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenSecret, "tokenSecret");
    }

    /** The app and user credentials to sign requests with, once this is an access token. */
    public Oauth1Credentials withConsumer(String consumerKey, String consumerSecret) {
        return new Oauth1Credentials(consumerKey, consumerSecret, token, tokenSecret);
    }

    @Override
    public String toString() {
        return "Oauth1Token[token=" + SecretMask.mask(token) + ", tokenSecret=" + SecretMask.mask(tokenSecret)
                + ", callbackConfirmed=" + callbackConfirmed + ", userId=" + userId + ", screenName=" + screenName + "]";
    }
}
