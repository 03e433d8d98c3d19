package dev.xinspect.core.auth.jwt;

import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.xinspect.core.http.EpochSeconds;
import java.time.Instant;
import java.util.Optional;

/**
 * A JWT's time claims ({@code iat}, {@code nbf}, {@code exp}: NumericDate, seconds since 1970, RFC 7519 §2) read
 * without trusting them: java-jwt's own getters throw on an {@code exp} of 1e17, so a claim that is not a time
 * between 1970 and 9999 reads as absent and {@link #outOfRange} says so. Stateless.
 */
public final class JwtTimes {
    private JwtTimes() {
    }

    /** The claim as an instant, or empty when it is absent or not such a time. */
    public static Optional<Instant> instant(DecodedJWT jwt, String name) {
        return seconds(jwt.getClaim(name)).flatMap(EpochSeconds::instant);
    }

    /** A note when the claim is there but is not a time between 1970 and 9999; empty otherwise. */
    public static Optional<String> outOfRange(DecodedJWT jwt, String name) {
        Claim claim = jwt.getClaim(name);
        if (claim.isMissing() || claim.isNull() || instant(jwt, name).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(EpochSeconds.outOfRange("The token's " + name + " claim", String.valueOf(claim)));
    }

    private static Optional<Long> seconds(Claim claim) {
        if (claim.isMissing() || claim.isNull()) {
            return Optional.empty();
        }
        Double value = claim.asDouble();
        return value == null || !Double.isFinite(value) || Math.abs(value) > EpochSeconds.MAX ? Optional.empty()
                : Optional.of(value.longValue());
    }
}
