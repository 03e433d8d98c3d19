package dev.xinspect.core.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CrcResponderTest {
    private final CrcResponder responder = new CrcResponder();

    /**
     * The example values of X's own CRC samples (consumer secret and token from the Python, Node and PHP samples that
     * X's "Securing webhooks" page linked: https://gist.github.com/jcipriano/373d4d441e8041f775b6227c0e2fd1f3 and
     * https://gist.github.com/jcipriano/b2f9eff89129abee8df99b19a9d2310b); they publish no output, so the expected
     * token was computed independently with Python's hmac and base64 modules.
     */
    @Test
    void matchesXsDocumentedComputationOnItsExampleValues() {
        assertEquals("sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8=", responder.responseToken(
                "9b4507b3-9040-4669-9ca3-6b94edb50553", "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu"));
    }

    /** X's Java sample (https://gist.github.com/andypiper/1aa7ed86429747bb025a4c3112669d0e): secret "secret", token "Message". */
    @Test
    void matchesXsJavaSample() {
        assertEquals("sha256=qnR8UCqJggD55PohusaBNviGoOJ67HC6Btry4qXLVZc=", responder.responseToken("Message", "secret"));
    }

    @Test
    void bodyIsTheOneLineJsonXExpects() {
        assertEquals("{\"response_token\":\"sha256=qnR8UCqJggD55PohusaBNviGoOJ67HC6Btry4qXLVZc=\"}",
                responder.responseBody("Message", "secret"));
    }

    @Test
    void emptyTokenOrSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> responder.responseToken("", "secret"));
        assertThrows(IllegalArgumentException.class, () -> responder.responseToken("Message", ""));
    }
}
