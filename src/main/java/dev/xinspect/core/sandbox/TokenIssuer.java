package dev.xinspect.core.sandbox;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks the sandbox's OAuth 2.0 tokens: user access tokens are JWTs signed with a per-run key (two-hour
 * expiry, as X's), refresh tokens are opaque and single use, app-only tokens look like X's ({@code AAAA…}).
 */
final class TokenIssuer {
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(2);

    private final Clock clock;
    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Set<String> appOnlyTokens = ConcurrentHashMap.newKeySet();

    /** What a refresh token may renew: the user, the client and the scopes. */
    record Grant(String userId, String clientId, String scope) {
    }

    TokenIssuer(Clock clock, String fixedAppOnlyToken) {
        this.clock = clock;
        byte[] key = new byte[32];
        random.nextBytes(key);
        this.algorithm = Algorithm.HMAC256(key);
        // Expiry is judged by the sandbox's clock, not the machine's, so tests and scenarios control it.
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer("xinspect-sandbox").acceptLeeway(0))
                .build(clock);
        appOnlyTokens.add(fixedAppOnlyToken);
    }

    String accessToken(Grant grant) {
        Instant now = clock.instant();
        return JWT.create().withIssuer("xinspect-sandbox").withSubject(grant.userId()).withClaim("client_id", grant.clientId())
                .withClaim("scope", grant.scope()).withClaim("grant_type", "authorization_code")
                .withIssuedAt(now).withExpiresAt(now.plus(ACCESS_TOKEN_LIFETIME)).withJWTId(randomText(8)).sign(algorithm);
    }

    String refreshToken(Grant grant) {
        String token = randomText(32);
        refreshTokens.put(token, grant);
        return token;
    }

    /** A refresh token works once; it is replaced by the one issued with the new access token. */
    Optional<Grant> redeemRefreshToken(String token) {
        return Optional.ofNullable(refreshTokens.remove(token));
    }

    String appOnlyToken() {
        String token = "AAAAAAAAAAAAAAAAAAAAA" + randomText(60);
        appOnlyTokens.add(token);
        return token;
    }

    boolean isAppOnlyToken(String token) {
        return appOnlyTokens.contains(token);
    }

    void revoke(String token) {
        revoked.add(token);
        refreshTokens.remove(token);
        appOnlyTokens.remove(token);
    }

    /** The decoded user token, or empty when it is not ours, was revoked, or has expired (by the sandbox clock). */
    Optional<DecodedJWT> verifyUserToken(String token) {
        if (revoked.contains(token)) {
            return Optional.empty();
        }
        try {
            DecodedJWT jwt = JWT.decode(token);
            if (jwt.getExpiresAtAsInstant() == null || !jwt.getExpiresAtAsInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(verifier.verify(jwt));
        } catch (JWTVerificationException | java.time.DateTimeException | ArithmeticException e) {
            return Optional.empty(); // java-jwt refuses an exp of 1e17 with a DateTimeException: a 401, not a 500
        }
    }

    private String randomText(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }
}
