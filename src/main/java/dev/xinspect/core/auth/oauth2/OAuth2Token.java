package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.SecretMask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Tokens from X's OAuth 2.0 token endpoint. {@code refreshToken} is null unless {@code offline.access} was granted;
 * {@code expiresAt} is null when the server gave no lifetime. {@link #toString()} hides both tokens.
 */
public record OAuth2Token(String tokenType, String accessToken, String refreshToken, List<String> scopes, Instant expiresAt) {
    public OAuth2Token {
        Objects.requireNonNull(accessToken, "accessToken");
        tokenType = tokenType == null ? "bearer" : tokenType;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public boolean canRefresh() {
        return refreshToken != null && !refreshToken.isEmpty();
    }

    /** Time left before expiry (negative once expired); null when the lifetime is unknown. For a countdown. */
    public Duration remaining(Clock clock) {
        return expiresAt == null ? null : Duration.between(clock.instant(), expiresAt);
    }

    /** True when the token expires within {@code margin}, so it should be refreshed before the next request. */
    public boolean needsRefresh(Clock clock, Duration margin) {
        return expiresAt != null && !clock.instant().plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "OAuth2Token[tokenType=" + tokenType + ", accessToken=" + SecretMask.mask(accessToken) + ", refreshToken="
                + SecretMask.mask(refreshToken) + ", scopes=" + scopes + ", expiresAt=" + expiresAt + "]";
    }
}
