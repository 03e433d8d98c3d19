package dev.xinspect.core.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

class SignatureCheckerTest {
    private static final String SECRET = "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu";
    /** A favorite_events delivery as X's Account Activity API documents its shape. */
    private static final String EVENT = "{\"for_user_id\":\"2244994945\",\"favorite_events\":[{\"id\":\"a7ba59eab0bfcba386f7acedac279542\","
            + "\"created_at\":\"Mon Mar 26 16:33:26 +0000 2018\",\"timestamp_ms\":1522082006140}]}";

    private final SignatureChecker checker = new SignatureChecker();

    @Test
    void headerMadeFromTheRawBodyIsValid() {
        String header = WebhookHmac.sign(SECRET, EVENT.getBytes(StandardCharsets.UTF_8));

        SignatureVerdict verdict = checker.check(EVENT, header, SECRET);

        assertTrue(verdict.valid(), verdict.reason());
        assertEquals(header, verdict.expected());
    }

    @Test
    void reSerialisedJsonDoesNotMatch() {
        String header = WebhookHmac.sign(SECRET, EVENT.getBytes(StandardCharsets.UTF_8));
        String pretty = EVENT.replace(",", ", ");

        SignatureVerdict verdict = checker.check(pretty, header, SECRET);

        assertFalse(verdict.valid());
        assertTrue(verdict.reason().contains("byte for byte"), verdict.reason());
    }

    @Test
    void missingHeaderAndMissingPrefixAreNamed() {
        assertTrue(checker.check(EVENT, null, SECRET).reason().startsWith("No x-twitter-webhooks-signature header"));
        String bare = WebhookHmac.sign(SECRET, EVENT.getBytes(StandardCharsets.UTF_8)).substring(7);
        assertTrue(checker.check(EVENT, bare, SECRET).reason().contains("sha256="));
    }

    /** Any body verifies with its own signature and fails with a signature made by another secret or for another body. */
    @Property(tries = 200)
    void onlyTheSameBodyAndSecretVerify(@ForAll String body, @ForAll @NotEmpty String secret, @ForAll @NotEmpty String other) {
        String header = WebhookHmac.sign(secret, body.getBytes(StandardCharsets.UTF_8));
        assertTrue(checker.check(body, header, secret).valid());
        if (!other.equals(secret)) {
            assertFalse(checker.check(body, header, other).valid());
        }
        assertFalse(checker.check(body + " ", header, secret).valid());
    }
}
