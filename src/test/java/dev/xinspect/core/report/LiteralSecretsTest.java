package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralSecretsTest {
    private final LiteralSecrets secrets = new LiteralSecrets(new Redactor(List.of("storedValue12345")));

    @Test
    void variablesAreFineAndTypedCredentialsAreNamed() {
        assertEquals(List.of(), secrets.inRequest("{{baseUrl}}/2/users/me?access_token={{token}}",
                List.of(new Header("Authorization", "Bearer {{token}}"), new Header("Cookie", "auth_token={{session}}"),
                        new Header("Accept", "application/json")), "{\"client_secret\": \"{{clientSecret}}\"}"));
        assertEquals(List.of("the Authorization header", "the Cookie header", "the X-Debug header", "the access_token parameter",
                        "the client_secret member", "the body"),
                secrets.inRequest("https://api.x.com/2/users/me?access_token=abc", List.of(new Header("Authorization", "OAuth oauth_token=\"x\""),
                        new Header("Cookie", "ct0=abc"), new Header("X-Debug", "storedValue12345")),
                        "{\"client_secret\": \"s\", \"note\": \"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig\"}"));
    }

    @Test
    void environmentValuesThatLookSecretMustBeMarked() {
        assertTrue(secrets.inValue("bearerToken", "abc"));
        assertTrue(secrets.inValue("consumer_key", "abc"));
        assertTrue(secrets.inValue("note", "Bearer AAAAAAAAAAAAAAAAAAAAAxyz0123456789abcdefghij"));
        assertFalse(secrets.inValue("baseUrl", "https://api.x.com"));
        assertFalse(secrets.inValue("token", "{{other}}"));
        assertFalse(secrets.inValue("token", ""));
    }
}
