package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.http.Exchange;
import java.net.URI;

/** Titles and one-line purposes for the OAuth calls a flow makes, so a workshop can follow the handshake. */
final class CallNarration {
    private CallNarration() {
    }

    static String title(Exchange exchange) {
        String path = exchange.sentRequest().map(r -> URI.create(r.url()).getPath()).orElse("");
        String outcome = exchange.receivedResponse().map(r -> " → " + r.status())
                .orElseGet(() -> exchange.transportFailure().map(f -> " → failed").orElse(""));
        return "POST " + path + outcome;
    }

    static String purpose(Exchange exchange) {
        String path = exchange.sentRequest().map(r -> URI.create(r.url()).getPath()).orElse("");
        String form = exchange.sentRequest().map(r -> r.body().text()).orElse("");
        return switch (path) {
            case OAuthEndpoints.OAUTH2_TOKEN_PATH -> form.contains("grant_type=refresh_token")
                    ? "Trades the refresh token for a new access token and a new refresh token; the old refresh token stops working."
                    : "Trades the authorization code and the code verifier for tokens. The server hashes the verifier and "
                    + "compares it with the challenge the browser carried: only the machine that started the sign-in can finish it.";
            case OAuthEndpoints.OAUTH2_REVOKE_PATH -> "Revokes the token (RFC 7009), so it stops working everywhere.";
            case OAuthEndpoints.APP_ONLY_TOKEN_PATH -> "Asks for the App's Bearer token: grant_type=client_credentials, "
                    + "with the URL-encoded consumer key and secret as Basic auth.";
            case OAuthEndpoints.APP_ONLY_INVALIDATE_PATH -> "Invalidates the App's Bearer token.";
            case OAuthEndpoints.OAUTH1_REQUEST_TOKEN_PATH -> "Leg 1: a temporary request token, signed with the consumer "
                    + "key and secret only; oauth_callback=oob asks for a PIN instead of a redirect.";
            case OAuthEndpoints.OAUTH1_ACCESS_TOKEN_PATH -> "Leg 3: the request token and the PIN (oauth_verifier) are "
                    + "traded for the user's access token and secret.";
            default -> "An OAuth call.";
        };
    }
}
