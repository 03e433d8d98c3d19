package dev.xinspect.core.http;

import java.io.IOException;
import java.time.Duration;

/** The body stopped arriving: no byte for {@code idleLimit} after {@code received} bytes. Our watchdog's verdict. */
final class BodyStalledException extends IOException {
    private final transient Duration idleLimit;
    private final long received;

    BodyStalledException(Duration idleLimit, long received) {
        super("no body byte for " + idleLimit.toMillis() + " ms after " + received + " bytes");
        this.idleLimit = idleLimit;
        this.received = received;
    }

    Duration idleLimit() {
        return idleLimit;
    }

    long received() {
        return received;
    }
}
