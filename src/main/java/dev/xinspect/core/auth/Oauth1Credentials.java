package dev.xinspect.core.auth;

import java.util.Objects;

/**
 * The four OAuth 1.0a secrets of an app and a user. {@code token} and {@code tokenSecret} are null for the
 * {@code oauth/request_token} step, where no user token exists yet. {@link #toString()} never shows a value.
 */
public record Oauth1Credentials(String consumerKey, String consumerSecret, String token, String tokenSecret) {
    public Oauth1Credentials {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
    }

    /** App credentials only: for {@code oauth/request_token}. */
    public static Oauth1Credentials appOnly(String consumerKey, String consumerSecret) {
        return new Oauth1Credentials(consumerKey, consumerSecret, null, null);
    }

    public boolean hasToken() {
        return token != null && !token.isEmpty();
    }

    @Override
    public String toString() {
        return "Oauth1Credentials[consumerKey=" + SecretMask.mask(consumerKey) + ", consumerSecret=" + SecretMask.mask(consumerSecret)
                + ", token=" + SecretMask.mask(token) + ", tokenSecret=" + SecretMask.mask(tokenSecret) + "]";
    }
}
