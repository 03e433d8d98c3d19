package dev.xinspect.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait for a rate-limit reset, on a fake clock: second by second, ended by Stop, and its countdown words. */
class ResetWaitTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final List<Instant> asked = new ArrayList<>();

    private ResetWait waitingBy(boolean[] stop, int stopAfterSteps) {
        return new ResetWait(clock, instant -> {
            asked.add(instant);
            clock.advance(Duration.between(clock.instant(), instant));
            stop[0] = asked.size() >= stopAfterSteps;
            return true;
        });
    }

    @Test
    void waitsInStepsOfASecondUpToTheResetAndRefreshesEachStep() {
        boolean[] stop = {false};
        int[] steps = {0};
        Instant reset = NOW.plusMillis(2_500);

        assertTrue(waitingBy(stop, Integer.MAX_VALUE).waitOut(reset, () -> stop[0], () -> steps[0]++));
        assertEquals(List.of(NOW.plusSeconds(1), NOW.plusSeconds(2), reset), asked);
        assertEquals(3, steps[0]);
    }

    @Test
    void stopEndsTheWaitAtTheNextStep() {
        boolean[] stop = {false};

        assertFalse(waitingBy(stop, 2).waitOut(NOW.plusSeconds(60), () -> stop[0], () -> { }));
        assertEquals(2, asked.size());
    }

    @Test
    void aWaiterThatGivesUpEndsTheWait() {
        ResetWait interrupted = new ResetWait(clock, instant -> false);
        assertFalse(interrupted.waitOut(NOW.plusSeconds(5), () -> false, () -> { }));
    }

    @Test
    void theCountdownIsMinutesAndSecondsAndNeverNegative() {
        ResetWait wait = new ResetWait(clock, instant -> true);
        assertEquals("The window resets in 2:05 (at 2026-11-24T10:02:05Z).", wait.countdown(NOW.plusSeconds(125)));
        assertEquals("The window resets in 0:00 (at 2026-11-24T09:59:00Z).", wait.countdown(NOW.minusSeconds(60)));
    }
}
