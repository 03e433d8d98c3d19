package dev.xinspect.core.stream;

import dev.xinspect.core.http.Exchange;

/** What opening a stream gave: a live connection, or an exchange to diagnose (409, 429, network failure). */
public sealed interface StreamOpening {
    record Opened(StreamConnection connection) implements StreamOpening {
    }

    record Refused(Exchange exchange) implements StreamOpening {
    }
}
