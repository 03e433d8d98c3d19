package dev.xinspect.core.auth.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A decoded, unverified JWT: the header and payload as pretty JSON, the signature algorithm ({@code alg}) and the
 * registered claims a screen shows. Time claims are null when absent or not a time; {@code notes} say which were not.
 */
public record DecodedJwt(String algorithm, String type, String keyId, String headerJson, String payloadJson,
                         String issuer, String subject, List<String> audience,
                         Instant issuedAt, Instant notBefore, Instant expiresAt, List<String> notes) implements JwtInspection {
    public DecodedJwt {
        audience = audience == null ? List.of() : List.copyOf(audience);
        notes = List.copyOf(notes);
    }

    /** Time left until {@code exp} (negative once expired), or null without {@code exp}. For a countdown. */
    public Duration remaining(Clock clock) {
        return expiresAt == null ? null : Duration.between(clock.instant(), expiresAt);
    }

    public boolean isExpired(Clock clock) {
        return expiresAt != null && !clock.instant().isBefore(expiresAt);
    }

    /** True for {@code alg: none}: such a token proves nothing and must never be accepted. */
    public boolean isUnsigned() {
        return "none".equalsIgnoreCase(algorithm);
    }

    @Override
    public String toString() {
        return "DecodedJwt[alg=" + algorithm + ", typ=" + type + ", iss=" + issuer + ", exp=" + expiresAt + "]";
    }
}
