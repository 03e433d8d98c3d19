package dev.xinspect.core.auth.jwt;

import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.http.EpochSeconds;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A JWT's time claims ({@code iat}, {@code nbf}, {@code exp}: NumericDate, seconds since 1970, RFC 7519 §2) read
 * without trusting them. java-jwt refuses a whole token whose {@code exp} is 1e17 (with a {@code DateTimeException},
 * not its own exception), so {@link #outOfRange(String)} reads the payload itself and says which claim is not a time
 * between 1970 and 9999; {@link #instant} reads a claim of a decoded token as absent when it is not such a time.
 */
public final class JwtTimes {
    private static final List<String> TIME_CLAIMS = List.of("iat", "nbf", "exp");

    private JwtTimes() {
    }

    /** The claim as an instant, or empty when it is absent or not a time between 1970 and 9999. */
    public static Optional<Instant> instant(DecodedJWT jwt, String name) {
        Claim claim = jwt.getClaim(name);
        if (claim.isMissing() || claim.isNull()) {
            return Optional.empty();
        }
        Double value = claim.asDouble();
        return value == null || !Double.isFinite(value) || Math.abs(value) > EpochSeconds.MAX ? Optional.empty()
                : EpochSeconds.instant(value.longValue());
    }

    /** One note per time claim of the token's payload that is there but not a time; empty for anything unreadable. */
    public static List<String> outOfRange(String token) {
        String[] parts = token.split("\\.", -1);
        List<String> notes = new ArrayList<>();
        if (parts.length != 3) {
            return notes;
        }
        try {
            JsonNode payload = JsonLimits.mapper().readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            for (String name : TIME_CLAIMS) {
                JsonNode claim = payload == null ? null : payload.get(name);
                if (claim != null && !claim.isNull() && !isTime(claim)) {
                    notes.add(EpochSeconds.outOfRange("The token's " + name + " claim", claim.toString()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of(); // not a JWT at all: the caller says so
        }
        return notes;
    }

    private static boolean isTime(JsonNode claim) {
        return claim.isNumber() && Double.isFinite(claim.asDouble()) && Math.abs(claim.asDouble()) <= EpochSeconds.MAX
                && EpochSeconds.inRange((long) claim.asDouble());
    }
}
