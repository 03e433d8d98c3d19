package dev.xinspect.core.stream;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The console's words for a session's state (with the reconnect countdown) and its counters. Pure. */
public final class StatusText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private StatusText() {
    }

    /** {@code Connected since 10:00:00 UTC (2 min 05 s)}, {@code Reconnecting in 12 s — HTTP 503, attempt 3}, … */
    public static String of(SessionState state, Instant now) {
        return switch (state) {
            case SessionState.Idle idle -> "Not connected.";
            case SessionState.Connecting c -> c.attempt() == 0 ? "Connecting…" : "Reconnecting (attempt " + c.attempt() + ")…";
            case SessionState.Connected c -> "Connected since " + TIME.format(c.since()) + " (" + Elapsed.of(Duration.between(c.since(), now)) + ")";
            case SessionState.Waiting w -> {
                long seconds = Math.max(0, (Duration.between(now, w.until()).toMillis() + 999) / 1000);
                yield (seconds == 0 ? "Reconnecting now" : "Reconnecting in " + seconds + " s") + " — " + w.reason() + ", attempt " + w.attempt();
            }
            case SessionState.Stopped s -> (s.gaveUp() ? "Stopped: " : "") + s.reason();
        };
    }

    /** {@code 12 Posts (2.0/s) · 3 keep-alives · 4.1 KB · buffer 0% · 0 dropped · 0 duplicates}. */
    public static String counters(StreamStats stats, double postsPerSecond, double bufferFill) {
        return String.format(Locale.ROOT, "%d Posts (%.1f/s) · %d keep-alives · %s · buffer %.0f%% · %d dropped · %d duplicates",
                stats.posts(), postsPerSecond, stats.keepAlives(), bytes(stats.bytes()), bufferFill * 100, stats.droppedLines(),
                stats.duplicates());
    }

    private static String bytes(long count) {
        return count < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", count / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", count / (1024.0 * 1024));
    }
}
