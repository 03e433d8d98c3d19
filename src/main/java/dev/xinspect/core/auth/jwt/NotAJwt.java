package dev.xinspect.core.auth.jwt;

/** The token is not a JWT; {@code reason} says why in a sentence (never quoting the token). */
public record NotAJwt(String reason) implements JwtInspection {
}
