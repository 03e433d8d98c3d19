package dev.xinspect.core.auth.profile;

import dev.xinspect.core.http.Exchange;
import java.time.Instant;
import java.util.Optional;

/**
 * One step of a sign-in as a workshop would narrate it: what happened, in a sentence, and the HTTP exchange when
 * the step was a call. {@code detail} never holds a secret; {@code exchange} does (it is the call as sent), so it
 * is redacted before it is shown anywhere.
 */
public record FlowStep(Instant at, String title, String detail, Exchange exchange) {
    public Optional<Exchange> call() {
        return Optional.ofNullable(exchange);
    }
}
