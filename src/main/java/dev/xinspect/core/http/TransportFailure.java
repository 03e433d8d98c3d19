package dev.xinspect.core.http;

/**
 * Why no (complete) response came back: the network-level fault in plain words, never a stack trace.
 * {@code detail} is the underlying message for the curious, already free of secrets.
 */
public record TransportFailure(Kind kind, String message, String detail) {

    /**
     * The faults a user can act on differently; each maps to part of the {@code network} checklist.
     * {@code TOO_MANY_REDIRECTS} is a redirect loop or a chain longer than the sender follows.
     */
    public enum Kind {
        INVALID_URL, DNS, REFUSED, TLS, CONNECT_TIMEOUT, RESPONSE_TIMEOUT, BODY_STALLED, RESET, TRUNCATED,
        TOO_MANY_REDIRECTS, CANCELLED, OTHER;

        /** {@code CONNECT_TIMEOUT} → {@code connect-timeout}, the slug used in findings and JSON. */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
