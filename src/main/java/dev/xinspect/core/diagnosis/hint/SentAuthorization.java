package dev.xinspect.core.diagnosis.hint;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.SentRequest;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the {@code Authorization} header of a sent request reveals: its scheme, and the parts hints need. */
final class SentAuthorization {
    /** X's app-only Bearer tokens start with a long run of 'A's (the URL-encoded form of their prefix). */
    private static final String APP_ONLY_PREFIX = "AAAAAAAAAAAAAAAAAAAA";
    private static final Pattern OAUTH_TIMESTAMP = Pattern.compile("oauth_timestamp=\"?(\\d+)\"?");

    private final String value;

    private SentAuthorization(String value) {
        this.value = value.trim();
    }

    static Optional<SentAuthorization> of(SentRequest request) {
        return request == null ? Optional.empty()
                : request.headers().first("authorization").map(SentAuthorization::new);
    }

    boolean isOauth1() {
        return value.regionMatches(true, 0, "OAuth ", 0, 6);
    }

    Optional<String> bearerToken() {
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? Optional.of(value.substring(7).trim()) : Optional.empty();
    }

    /** The digits of {@code oauth_timestamp} as sent, any length: {@link dev.xinspect.core.http.EpochSeconds} checks them. */
    Optional<String> oauthTimestamp() {
        Matcher matcher = OAUTH_TIMESTAMP.matcher(value);
        return isOauth1() && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A token issued for the App alone: X's app-only prefix, or a JWT the sandbox minted for client credentials. */
    boolean isAppOnlyBearer() {
        return bearerToken().map(token -> token.startsWith(APP_ONLY_PREFIX)
                || jwt(token).map(j -> "client_credentials".equals(j.getClaim("grant_type").asString())).orElse(false))
                .orElse(false);
    }

    AuthMode mode() {
        if (isOauth1()) {
            return AuthMode.OAUTH1_USER;
        }
        if (bearerToken().isPresent()) {
            return isAppOnlyBearer() ? AuthMode.OAUTH2_APP_ONLY : AuthMode.OAUTH2_USER;
        }
        return value.toLowerCase(Locale.ROOT).startsWith("basic ") ? AuthMode.BASIC : AuthMode.NONE;
    }

    static Optional<DecodedJWT> jwt(String token) {
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(JWT.decode(token));
        } catch (JWTDecodeException | DateTimeException | ArithmeticException e) {
            return Optional.empty(); // java-jwt refuses time claims past Instant's range this way: see JwtTimes
        }
    }
}
