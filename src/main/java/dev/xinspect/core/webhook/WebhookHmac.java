package dev.xinspect.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one primitive behind both webhook checks: {@code sha256=} + Base64 of HMAC-SHA256 keyed with the App's consumer
 * secret (the API key secret; never a bearer or user token). X's "Securing webhooks" page uses it for the CRC
 * response and for the signature header of every POSTed event.
 */
public final class WebhookHmac {
    /** The prefix X puts before the Base64 digest in both places. */
    public static final String PREFIX = "sha256=";

    private WebhookHmac() {
    }

    /** {@code sha256=<base64>} of the message's bytes, keyed with the secret's UTF-8 bytes. */
    public static String sign(String consumerSecret, byte[] message) {
        if (consumerSecret == null || consumerSecret.isEmpty()) {
            throw new IllegalArgumentException("The consumer secret (API key secret) is empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(consumerSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + Base64.getEncoder().encodeToString(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
