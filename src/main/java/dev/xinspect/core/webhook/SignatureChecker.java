package dev.xinspect.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the {@code x-twitter-webhooks-signature} header of a delivered event: HMAC-SHA256 of the raw body bytes as
 * received (before any JSON parsing or re-serialising, the usual cause of a mismatch), keyed with the consumer secret.
 */
public final class SignatureChecker {
    /** The header X sends with every POSTed event. */
    public static final String HEADER = "x-twitter-webhooks-signature";

    public SignatureVerdict check(byte[] rawBody, String headerValue, String consumerSecret) {
        String expected = WebhookHmac.sign(consumerSecret, rawBody);
        String got = headerValue == null ? "" : headerValue.strip();
        if (got.isEmpty()) {
            return new SignatureVerdict(false, expected, "No " + HEADER + " header: X sends one with every event.");
        }
        if (!got.startsWith(WebhookHmac.PREFIX)) {
            return new SignatureVerdict(false, expected, "The header should start with \"sha256=\" followed by Base64.");
        }
        // Constant-time comparison, as a receiver must do it (a plain equals leaks how much of the digest matched).
        if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), got.getBytes(StandardCharsets.US_ASCII))) {
            return new SignatureVerdict(true, expected, "The signature matches: this body was signed with this consumer secret.");
        }
        return new SignatureVerdict(false, expected, "The signature does not match. Check that the body is byte for byte "
                + "what was received (not re-serialised JSON, same line endings) and that the key is the consumer secret "
                + "of the App that registered the webhook.");
    }

    /** The pasted-text form: the body is taken as UTF-8, exactly as pasted. */
    public SignatureVerdict check(String body, String headerValue, String consumerSecret) {
        return check(body.getBytes(StandardCharsets.UTF_8), headerValue, consumerSecret);
    }
}
