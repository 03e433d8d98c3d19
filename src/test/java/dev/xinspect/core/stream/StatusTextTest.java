package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The console's status line, counters, Posts-per-second rate and the stall setting. */
class StatusTextTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void theStatusLineCountsDownToTheNextAttempt() {
        SessionState.Waiting waiting = new SessionState.Waiting(T0, T0.plusSeconds(20), "HTTP 503", 3);

        assertEquals("Reconnecting in 12 s — HTTP 503, attempt 3", StatusText.of(waiting, T0.plusMillis(8_500)));
        assertEquals("Reconnecting now — HTTP 503, attempt 3", StatusText.of(waiting, T0.plusSeconds(21)));
        assertEquals("Connected since 10:00:00 UTC (2 min 05 s)", StatusText.of(new SessionState.Connected(T0, 0), T0.plusSeconds(125)));
        assertEquals("Stopped: HTTP 409: no rules", StatusText.of(new SessionState.Stopped(T0, "HTTP 409: no rules", true), T0));
    }

    @Test
    void countersNameEveryNumber() {
        StreamStats stats = new StreamStats(12, 3, 4_198, 1, 2, 0.5, T0, T0);

        assertEquals("12 Posts (2.0/s) · 3 keep-alives · 4.1 KB · buffer 50% · 2 dropped · 1 duplicates", StatusText.counters(stats, 2, 0.5));
    }

    @Test
    void theRateIsPostsPerSecondOverTheLastSecondOrMore() {
        PostRate rate = new PostRate();

        assertEquals(0, rate.sample(T0, 0));
        assertEquals(0, rate.sample(T0.plusMillis(500), 5), "less than a second: no new figure yet");
        assertEquals(12.5, rate.sample(T0.plusSeconds(2), 25));
        assertEquals(12.5, rate.sample(T0.plusMillis(2_400), 30));
    }

    @Test
    void theStallSettingIsSecondsAndABadValueIsOneSentence() {
        assertEquals(Duration.ofSeconds(20), StreamOptions.stallAfter("20"));
        assertEquals(Duration.ofMillis(2_500), StreamOptions.stallAfter(" 2,5 "));
        assertThrows(IllegalArgumentException.class, () -> StreamOptions.stallAfter("0"));
        assertThrows(IllegalArgumentException.class, () -> StreamOptions.stallAfter("soon"));
    }
}
