package dev.xinspect.core.auth;

import java.net.URI;
import java.util.Objects;

/**
 * Where each OAuth step is sent. {@link #x()} gives X's real endpoints; {@link #at(URI)} puts the same paths under
 * another base, such as the embedded sandbox on 127.0.0.1.
 */
public record OAuthEndpoints(URI oauth1RequestToken, URI oauth1Authorize, URI oauth1AccessToken,
                             URI oauth2Authorize, URI oauth2Token, URI oauth2Revoke,
                             URI appOnlyToken, URI appOnlyInvalidate) {
    public static final String OAUTH1_REQUEST_TOKEN_PATH = "/oauth/request_token";
    public static final String OAUTH1_AUTHORIZE_PATH = "/oauth/authorize";
    public static final String OAUTH1_ACCESS_TOKEN_PATH = "/oauth/access_token";
    public static final String OAUTH2_AUTHORIZE_PATH = "/i/oauth2/authorize";
    public static final String OAUTH2_TOKEN_PATH = "/2/oauth2/token";
    public static final String OAUTH2_REVOKE_PATH = "/2/oauth2/revoke";
    public static final String APP_ONLY_TOKEN_PATH = "/oauth2/token";
    public static final String APP_ONLY_INVALIDATE_PATH = "/oauth2/invalidate_token";

    public OAuthEndpoints {
        Objects.requireNonNull(oauth1RequestToken);
        Objects.requireNonNull(oauth1Authorize);
        Objects.requireNonNull(oauth1AccessToken);
        Objects.requireNonNull(oauth2Authorize);
        Objects.requireNonNull(oauth2Token);
        Objects.requireNonNull(oauth2Revoke);
        Objects.requireNonNull(appOnlyToken);
        Objects.requireNonNull(appOnlyInvalidate);
    }

    /** X's production endpoints; the user-facing authorize page lives on x.com, the token endpoints on api.x.com. */
    public static OAuthEndpoints x() {
        URI api = URI.create("https://api.x.com");
        OAuthEndpoints onApi = at(api);
        return new OAuthEndpoints(onApi.oauth1RequestToken, onApi.oauth1Authorize, onApi.oauth1AccessToken,
                URI.create("https://x.com" + OAUTH2_AUTHORIZE_PATH), onApi.oauth2Token, onApi.oauth2Revoke,
                onApi.appOnlyToken, onApi.appOnlyInvalidate);
    }

    /** Every endpoint at its usual path under {@code base} (scheme, host and port; a trailing slash is ignored). */
    public static OAuthEndpoints at(URI base) {
        String root = base.toString().replaceAll("/+$", "");
        return new OAuthEndpoints(URI.create(root + OAUTH1_REQUEST_TOKEN_PATH), URI.create(root + OAUTH1_AUTHORIZE_PATH),
                URI.create(root + OAUTH1_ACCESS_TOKEN_PATH), URI.create(root + OAUTH2_AUTHORIZE_PATH),
                URI.create(root + OAUTH2_TOKEN_PATH), URI.create(root + OAUTH2_REVOKE_PATH),
                URI.create(root + APP_ONLY_TOKEN_PATH), URI.create(root + APP_ONLY_INVALIDATE_PATH));
    }
}
