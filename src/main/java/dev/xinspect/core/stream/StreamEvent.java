package dev.xinspect.core.stream;

import java.time.Instant;

/**
 * Something that happened on a stream, in arrival order. {@code json} is the raw line for Posts, disconnect
 * messages, error lines and unknown messages (so the diagnosis can read a disconnect line as it came); empty otherwise.
 */
public record StreamEvent(Kind kind, Instant at, String json, String note) {

    /** The kinds of line and connection event a stream console shows. */
    public enum Kind { CONNECTED, POST, KEEP_ALIVE, DISCONNECT_MESSAGE, ERROR_MESSAGE, UNKNOWN_MESSAGE, OVERSIZED_LINE, STALLED, CLOSED }
}
