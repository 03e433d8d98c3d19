package dev.xinspect.core.auth.oauth2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.OAuthException;
import java.net.http.HttpClient;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppOnlyBearerClientTest {
    private final FakeXTokenServer x = new FakeXTokenServer();
    private final AppOnlyBearerClient client = new AppOnlyBearerClient(HttpClient.newHttpClient(), x.endpoints(), Clock.systemUTC());

    AppOnlyBearerClientTest() throws Exception {
    }

    @AfterEach
    void stop() {
        x.close();
    }

    @Test
    void mintsWithBasicAuthOfTheUrlEncodedKeyAndSecret() {
        OAuth2Token token = client.mint(FakeXTokenServer.CONSUMER_KEY, FakeXTokenServer.CONSUMER_SECRET);
        assertEquals(FakeXTokenServer.BEARER, token.accessToken());
        assertEquals("grant_type=client_credentials", x.requestBodies.get(0));
    }

    @Test
    void invalidateEndsTheToken() {
        OAuth2Token token = client.mint(FakeXTokenServer.CONSUMER_KEY, FakeXTokenServer.CONSUMER_SECRET);
        client.invalidate(FakeXTokenServer.CONSUMER_KEY, FakeXTokenServer.CONSUMER_SECRET, token.accessToken());
        assertFalse(x.bearerValid);
    }

    @Test
    void wrongSecretGivesXsErrorWithoutEchoingTheSecret() {
        OAuthException e = assertThrows(OAuthException.class, () -> client.mint(FakeXTokenServer.CONSUMER_KEY, "wrong-canary"));
        assertEquals("error 99: Unable to verify your credentials (HTTP 403)", e.getMessage());
        assertTrue(e.httpStatus() == 403);
        assertFalse(e.getMessage().contains("wrong-canary"));
    }
}
