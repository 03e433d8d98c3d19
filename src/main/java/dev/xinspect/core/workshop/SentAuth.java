package dev.xinspect.core.workshop;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.SentRequest;
import java.util.Locale;

/** How a sent request was authenticated, read from its {@code Authorization} header. */
final class SentAuth {
    /**
     * X's app-only Bearer tokens begin with a run of {@code A}s (the sandbox mints them the same way); OAuth 2.0
     * user tokens never do, so the prefix tells the two Bearer kinds apart.
     */
    private static final String APP_ONLY_PREFIX = "AAAAAAAAAAAAAAAAAAAA";

    private SentAuth() {
    }

    static AuthMode modeOf(SentRequest request) {
        String value = request.headers().first("Authorization").orElse("").strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("oauth ")) {
            return AuthMode.OAUTH1_USER;
        }
        if (lower.startsWith("basic ")) {
            return AuthMode.BASIC;
        }
        if (lower.startsWith("bearer ")) {
            return value.substring(7).strip().startsWith(APP_ONLY_PREFIX) ? AuthMode.OAUTH2_APP_ONLY : AuthMode.OAUTH2_USER;
        }
        return AuthMode.NONE;
    }
}
