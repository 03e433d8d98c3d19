package dev.xinspect.core.webhook;

import java.time.Instant;

/**
 * One request a webhook receiver got: a CRC (GET with {@code crc_token}) or an event (POST).
 *
 * @param kind      what it was
 * @param detail    the event's body as received (UTF-8), or the CRC token and the answer given
 * @param signature the {@code x-twitter-webhooks-signature} header sent with an event, or empty
 * @param verdict   the signature check of an event against the receiver's consumer secret; null for a CRC
 */
public record ReceivedEvent(Instant receivedAt, Kind kind, String detail, String signature, SignatureVerdict verdict) {
    public enum Kind { CRC, EVENT }

    /** One line for a list: time, kind, the verdict of an event's signature, and the start of what came. */
    public String summary() {
        String time = java.time.format.DateTimeFormatter.ISO_LOCAL_TIME.format(receivedAt.atOffset(java.time.ZoneOffset.UTC)
                .toLocalTime().withNano(0));
        String text = detail.replaceAll("\\s+", " ");
        String shown = text.length() > 160 ? text.substring(0, 160) + "…" : text;
        return switch (kind) {
            case CRC -> time + " UTC  CRC  " + shown;
            case EVENT -> time + " UTC  event, signature " + (verdict.valid() ? "valid" : "INVALID") + "  " + shown;
        };
    }
}
