package dev.xinspect.core.auth.jwt;

/** The result of looking at a token: {@link DecodedJwt} or {@link NotAJwt}. */
public sealed interface JwtInspection permits DecodedJwt, NotAJwt {
}
