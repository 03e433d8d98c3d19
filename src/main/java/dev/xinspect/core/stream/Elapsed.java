package dev.xinspect.core.stream;

import java.time.Duration;
import java.util.Locale;

/** A duration as a person reads it in the console: {@code 4.2 s}, {@code 42 s}, {@code 2 min 05 s}, {@code 1 h 02 min}. */
public final class Elapsed {
    private Elapsed() {
    }

    public static String of(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
