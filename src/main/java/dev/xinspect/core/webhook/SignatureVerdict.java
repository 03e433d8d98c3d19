package dev.xinspect.core.webhook;

/**
 * What checking one event's {@code x-twitter-webhooks-signature} found.
 *
 * @param valid    true when the header matches the body exactly
 * @param expected the header value the body and secret produce ({@code sha256=…}); it reveals nothing of the secret
 * @param reason   one sentence for the user: why it matches or what is off
 */
public record SignatureVerdict(boolean valid, String expected, String reason) {
}
