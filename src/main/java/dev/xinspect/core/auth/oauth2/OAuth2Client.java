package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.PercentEncoding;
import dev.xinspect.core.auth.SecretMask;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * An OAuth 2.0 client registered with X: its client ID and, for a confidential client ("Web App, Automated App or
 * Bot"), its client secret; a public client ("Native App", "Single page App") has none. {@link #toString()} hides both.
 */
public record OAuth2Client(String clientId, String clientSecret) {
    public OAuth2Client {
        Objects.requireNonNull(clientId, "clientId");
        if (clientSecret != null && clientSecret.isEmpty()) {
            clientSecret = null;
        }
    }

    public static OAuth2Client publicClient(String clientId) {
        return new OAuth2Client(clientId, null);
    }

    public ClientAuthentication authentication() {
        return clientSecret == null ? ClientAuthentication.CLIENT_ID_IN_BODY : ClientAuthentication.BASIC_HEADER;
    }

    /**
     * The {@code Authorization: Basic} value of RFC 6749 §2.3.1: id and secret form-encoded, joined by a colon,
     * Base64; null for a public client.
     */
    public String basicAuthorization() {
        if (clientSecret == null) {
            return null;
        }
        return basic(clientId, clientSecret);
    }

    /** Basic credentials from an id and secret, each URL-encoded first (as X's app-only token endpoint also wants). */
    static String basic(String id, String secret) {
        String pair = PercentEncoding.encode(id) + ":" + PercentEncoding.encode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "OAuth2Client[clientId=" + SecretMask.mask(clientId) + ", clientSecret=" + SecretMask.mask(clientSecret)
                + ", " + authentication() + "]";
    }
}
