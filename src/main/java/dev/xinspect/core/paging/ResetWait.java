package dev.xinspect.core.paging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Waiting for a rate-limit window's reset after the user chose to wait: in steps of a second at most, so Stop ends
 * the wait within a second and the countdown moves, and the countdown's words. Apart from the view model so the wait
 * can be tested with a fake clock and waiter. Blocking: call {@link #waitOut} on a worker.
 */
public final class ResetWait {
    private final Clock clock;
    private final PageFetcher.Waiter waiter;

    public ResetWait(Clock clock, PageFetcher.Waiter waiter) {
        this.clock = clock;
        this.waiter = waiter;
    }

    /**
     * @param eachStep called after every step (the window refreshes its countdown)
     * @return true once {@code until} has come; false when stopped or the waiter gave up
     */
    public boolean waitOut(Instant until, BooleanSupplier stopped, Runnable eachStep) {
        while (clock.instant().isBefore(until)) {
            Instant step = clock.instant().plusSeconds(1);
            if (stopped.getAsBoolean() || !waiter.waitUntil(step.isBefore(until) ? step : until)) {
                return false;
            }
            eachStep.run();
        }
        return !stopped.getAsBoolean();
    }

    /** "The window resets in 2:05 (at 2026-11-24T10:15:00Z)."; never a negative time. */
    public String countdown(Instant resetsAt) {
        long seconds = Math.max(0, Duration.between(clock.instant(), resetsAt).toSeconds());
        return String.format(Locale.ROOT, "The window resets in %d:%02d (at %s).", seconds / 60, seconds % 60, resetsAt);
    }
}
