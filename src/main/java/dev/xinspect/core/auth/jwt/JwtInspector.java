package dev.xinspect.core.auth.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.List;

/** Decodes a token if it is a JWT; a pasted {@code Bearer } prefix is ignored. Stateless. */
public final class JwtInspector {
    private static final ObjectMapper JSON = JsonLimits.mapper();

    public JwtInspection inspect(String token) {
        String text = token == null ? "" : token.strip();
        if (text.regionMatches(true, 0, "Bearer ", 0, 7)) {
            text = text.substring(7).strip();
        }
        if (text.isEmpty()) {
            return new NotAJwt("No token given");
        }
        if (text.chars().filter(c -> c == '.').count() != 2) {
            return new NotAJwt("Not a JWT: a JWT has three dot-separated parts. X's own access tokens are opaque "
                    + "strings; only tokens from the sandbox or other issuers decode here");
        }
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(text);
        } catch (JWTDecodeException e) {
            return new NotAJwt("Not a JWT: its header or payload is not Base64url-encoded JSON");
        } catch (DateTimeException | ArithmeticException e) {
            return new NotAJwt("A JWT that cannot be read: " + String.join(" ", JwtTimes.outOfRange(text)));
        }
        List<String> notes = JwtTimes.outOfRange(text);
        return new DecodedJwt(jwt.getAlgorithm(), jwt.getType(), jwt.getKeyId(), pretty(jwt.getHeader()),
                pretty(jwt.getPayload()), jwt.getIssuer(), jwt.getSubject(), audience(jwt),
                JwtTimes.instant(jwt, "iat").orElse(null), JwtTimes.instant(jwt, "nbf").orElse(null),
                JwtTimes.instant(jwt, "exp").orElse(null), notes);
    }

    /** {@code aud} is a string or a list of strings; anything else (a number, an object) reads as none. */
    private static List<String> audience(DecodedJWT jwt) {
        try {
            return jwt.getAudience();
        } catch (JWTDecodeException e) {
            return List.of();
        }
    }

    private static String pretty(String base64Url) {
        String json = new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return json; // java-jwt parsed it already, so this does not happen; show it raw if it ever does
        }
    }
}
