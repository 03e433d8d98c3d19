package dev.xinspect.core.auth.secret;

/**
 * The credentials a profile can hold. All of them, including identifiers such as the consumer key and client ID,
 * live in the {@link SecretStore}: a key identifies an app to anyone who sees it, so it stays out of shared files.
 */
public enum SecretField {
    CONSUMER_KEY("consumer-key"),
    CONSUMER_SECRET("consumer-secret"),
    ACCESS_TOKEN("access-token"),
    ACCESS_TOKEN_SECRET("access-token-secret"),
    BEARER_TOKEN("bearer-token"),
    CLIENT_ID("client-id"),
    CLIENT_SECRET("client-secret"),
    OAUTH2_ACCESS_TOKEN("oauth2-access-token"),
    OAUTH2_REFRESH_TOKEN("oauth2-refresh-token"),
    OAUTH2_EXPIRES_AT("oauth2-expires-at");

    private final String keySuffix;

    SecretField(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The store key for this field of a profile: {@code profile/<name>/<field>}. */
    public String keyFor(String profileName) {
        return "profile/" + profileName + "/" + keySuffix;
    }
}
