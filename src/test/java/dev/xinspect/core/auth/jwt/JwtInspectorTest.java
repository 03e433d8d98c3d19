package dev.xinspect.core.auth.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtInspectorTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final JwtInspector inspector = new JwtInspector();

    @Test
    void decodesHeaderClaimsAndExpiry() {
        String token = JWT.create().withIssuer("xinspect-sandbox").withSubject("2244994945").withAudience("app")
                .withIssuedAt(NOW).withExpiresAt(NOW.plusSeconds(7200)).withKeyId("k1")
                .sign(Algorithm.HMAC256("sandbox-secret"));
        DecodedJwt jwt = assertInstanceOf(DecodedJwt.class, inspector.inspect("Bearer " + token));
        assertEquals("HS256", jwt.algorithm());
        assertEquals("JWT", jwt.type());
        assertEquals("k1", jwt.keyId());
        assertEquals("xinspect-sandbox", jwt.issuer());
        assertEquals(List.of("app"), jwt.audience());
        assertEquals(NOW.plusSeconds(7200), jwt.expiresAt());
        Clock clock = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);
        assertEquals(Duration.ofHours(1), jwt.remaining(clock));
        assertFalse(jwt.isExpired(clock));
        assertTrue(jwt.isExpired(Clock.fixed(NOW.plusSeconds(7200), ZoneOffset.UTC)));
        assertTrue(jwt.payloadJson().contains("\"sub\" : \"2244994945\""), jwt.payloadJson());
    }

    @Test
    void xsOpaqueTokensAreNotJwts() {
        NotAJwt result = assertInstanceOf(NotAJwt.class,
                inspector.inspect("AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"));
        assertTrue(result.reason().contains("opaque"));
        assertInstanceOf(NotAJwt.class, inspector.inspect("a.b.c"));
        assertInstanceOf(NotAJwt.class, inspector.inspect("  "));
    }

    @Test
    void anUnsignedTokenIsFlagged() {
        String token = JWT.create().withSubject("x").sign(Algorithm.none());
        assertTrue(assertInstanceOf(DecodedJwt.class, inspector.inspect(token)).isUnsigned());
    }
}
