package dev.xinspect.core.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;
import java.nio.charset.StandardCharsets;

/**
 * Answers X's Challenge-Response Check: X sends {@code GET <webhook>?crc_token=T} at registration, hourly and on
 * {@code PUT}; the app must reply within three seconds with {@code {"response_token":"sha256=<base64 HMAC-SHA256 of T
 * keyed with the consumer secret>"}}.
 */
public final class CrcResponder {
    private static final ObjectMapper JSON = JsonLimits.mapper();

    /** The {@code response_token} value for a {@code crc_token}. */
    public String responseToken(String crcToken, String consumerSecret) {
        if (crcToken == null || crcToken.isEmpty()) {
            throw new IllegalArgumentException("The crc_token is empty");
        }
        return WebhookHmac.sign(consumerSecret, crcToken.getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON body X expects back, on one line: {@code {"response_token":"sha256=…"}}. */
    public String responseBody(String crcToken, String consumerSecret) {
        return JSON.createObjectNode().put("response_token", responseToken(crcToken, consumerSecret)).toString();
    }
}
