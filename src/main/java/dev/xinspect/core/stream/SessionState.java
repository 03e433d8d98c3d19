package dev.xinspect.core.stream;

import java.time.Duration;
import java.time.Instant;

/** Where a {@link StreamSession} stands: idle, connecting, connected, waiting to reconnect, or stopped (and why). */
public sealed interface SessionState {
    /** Nothing started yet. */
    record Idle() implements SessionState {
    }

    /** A connection is being opened; {@code attempt} 0 is the first connect, 1 and more are reconnects. */
    record Connecting(Instant at, int attempt) implements SessionState {
    }

    /** The stream is open and being read. */
    record Connected(Instant since, int attempt) implements SessionState {
    }

    /**
     * Waiting until {@code until} before reconnect {@code attempt}, because of {@code reason}; {@code rule} names the
     * line of X's reconnect guidance that chose the wait (empty when not known).
     */
    record Waiting(Instant at, Instant until, String reason, int attempt, String rule) implements SessionState {
        public Waiting(Instant at, Instant until, String reason, int attempt) {
            this(at, until, reason, attempt, "");
        }

        public Duration delay() {
            return Duration.between(at, until);
        }
    }

    /** Not connected and not trying: the user stopped, or an answer came that a retry cannot fix ({@code gaveUp}). */
    record Stopped(Instant at, String reason, boolean gaveUp) implements SessionState {
    }
}
