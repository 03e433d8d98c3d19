package dev.xinspect.core.http;

/**
 * The ways a request to the X API can be authenticated. The names of X's OpenAPI security schemes map onto these:
 * {@code UserToken} → {@link #OAUTH1_USER}, {@code BearerToken} → {@link #OAUTH2_APP_ONLY},
 * {@code OAuth2UserToken} → {@link #OAUTH2_USER}.
 */
public enum AuthMode {
    NONE("No auth"),
    OAUTH1_USER("OAuth 1.0a user context"),
    OAUTH2_APP_ONLY("OAuth 2.0 app-only (Bearer)"),
    OAUTH2_USER("OAuth 2.0 user context (PKCE)"),
    BASIC("Basic");

    private final String label;

    AuthMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Maps an OpenAPI security scheme name of X's spec; unknown names give {@link #NONE}. */
    public static AuthMode fromSecurityScheme(String scheme) {
        return switch (scheme) {
            case "UserToken" -> OAUTH1_USER;
            case "BearerToken" -> OAUTH2_APP_ONLY;
            case "OAuth2UserToken" -> OAUTH2_USER;
            default -> NONE;
        };
    }
}
