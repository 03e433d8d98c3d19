package dev.xinspect.core.diagnosis.hint;

import dev.xinspect.core.auth.jwt.JwtTimes;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.HintContext;
import dev.xinspect.core.diagnosis.RequestHint;
import dev.xinspect.core.diagnosis.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 401 with a Bearer token that is a JWT whose {@code exp} had passed when the server answered. X's own tokens are
 * opaque, but tokens from the embedded sandbox and many gateways are JWTs, and the expiry is then certain.
 */
public final class ExpiredTokenHint implements RequestHint {

    @Override
    public Optional<Finding> check(HintContext context) {
        if (context.status() != 401) {
            return Optional.empty();
        }
        Optional<String> bearer = SentAuthorization.of(context.request()).flatMap(SentAuthorization::bearerToken);
        List<String> notTimes = bearer.map(JwtTimes::outOfRange).orElse(List.of());
        if (!notTimes.isEmpty()) {
            return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:expired-token",
                    "The access token's time claims are not times", String.join(" ", notTimes)
                    + " Get a new token and send again.", Map.of(), List.of("authentication")));
        }
        return bearer.flatMap(SentAuthorization::jwt).flatMap(jwt -> JwtTimes.instant(jwt, "exp"))
                .filter(expiry -> expiry.isBefore(context.serverNow()))
                .map(expiry -> finding(expiry, context.serverNow()));
    }

    private static Finding finding(Instant expiry, Instant now) {
        long minutes = Math.max(1, (now.getEpochSecond() - expiry.getEpochSecond()) / 60);
        return new Finding(FindingSource.HINT, Severity.WARNING, "hint:expired-token",
                "The access token expired " + minutes + " min before this request",
                "Refresh it with the refresh token (needs the offline.access scope) or sign in again.",
                Map.of("expired at", expiry.toString()), List.of("authentication"));
    }
}
