package dev.xinspect.core.report;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.SentRequest;

/**
 * Adds the {@code Authorization} a request will carry, as the redacted header exports already turn into shell
 * variables ({@code Bearer $BEARER_TOKEN}), for a request whose header is only computed when it is sent (the request
 * editor's). A request that already has one is left as it is. Stateless.
 */
public final class AuthPlaceholder {
    private AuthPlaceholder() {
    }

    public static SentRequest add(SentRequest request, AuthMode mode) {
        if (request.headers().contains("authorization") || mode == null) {
            return request;
        }
        String value = switch (mode) {
            case OAUTH2_APP_ONLY, OAUTH2_USER -> "Bearer " + SecretNames.marker("bearer token");
            case BASIC -> "Basic " + SecretNames.marker("basic credentials");
            case OAUTH1_USER -> "OAuth " + SecretNames.marker("signed per request");
            case NONE -> null;
        };
        return value == null ? request
                : new SentRequest(request.method(), request.url(), request.headers().with("Authorization", value), request.body());
    }
}
