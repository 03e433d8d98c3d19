package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.PercentEncoding;
import dev.xinspect.core.auth.Pkce;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an OAuth 2.0 Authorization Code + PKCE authorize URL (RFC 6749 §4.1.1, RFC 7636 §4.3), each kept so
 * a screen can show them; {@link #toUri()} assembles them. The verifier itself is not here: only its challenge
 * travels through the browser.
 */
public record AuthorizeUrl(URI endpoint, String clientId, String redirectUri, List<String> scopes, String state,
                           String codeChallenge, Pkce.Method challengeMethod) {
    public AuthorizeUrl {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(challengeMethod, "challengeMethod");
        scopes = List.copyOf(scopes);
    }

    /** The URL to open in the system browser; scopes are space-separated (RFC 6749 §3.3), so {@code %20}. */
    public URI toUri() {
        String query = "response_type=code"
                + "&client_id=" + PercentEncoding.encode(clientId)
                + "&redirect_uri=" + PercentEncoding.encode(redirectUri)
                + "&scope=" + PercentEncoding.encode(String.join(" ", scopes))
                + "&state=" + PercentEncoding.encode(state)
                + "&code_challenge=" + PercentEncoding.encode(codeChallenge)
                + "&code_challenge_method=" + challengeMethod.wireName();
        String base = endpoint.toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }
}
