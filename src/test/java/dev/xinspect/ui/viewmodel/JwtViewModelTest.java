package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.xinspect.core.auth.jwt.JwtInspector;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JwtViewModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final JwtViewModel vm = new JwtViewModel(new JwtInspector(), clock);

    @Test
    void aSandboxTokenShowsItsClaimsAndTimeLeft() {
        String token = JWT.create().withSubject("1569110312108396544").withClaim("scope", "tweet.read")
                .withExpiresAt(Instant.parse("2026-11-24T11:30:00Z")).sign(Algorithm.HMAC256("k"));

        vm.tokenProperty().set("Bearer " + token);

        assertEquals("Algorithm HS256 · expires in 1 h 30 min, at 2026-11-24T11:30:00Z", vm.summaryProperty().get());
        assertTrue(vm.claimsProperty().get().contains("\"scope\": \"tweet.read\""));
    }

    @Test
    void anExpiredTokenSaysHowLongAgo() {
        vm.tokenProperty().set(JWT.create().withExpiresAt(Instant.parse("2026-11-24T09:55:00Z")).sign(Algorithm.HMAC256("k")));

        assertTrue(vm.summaryProperty().get().endsWith("expired 5 min 0 s ago, at 2026-11-24T09:55:00Z"), vm.summaryProperty().get());
    }

    @Test
    void anOpaqueXTokenIsNotAJwt() {
        vm.tokenProperty().set("AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI");

        assertTrue(vm.summaryProperty().get().startsWith("Not a JWT"), vm.summaryProperty().get());
        assertEquals("", vm.claimsProperty().get());
    }
}
