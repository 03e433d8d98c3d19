package dev.xinspect.core.http;

import java.time.Instant;
import java.util.Optional;

/**
 * Times sent as whole seconds since 1970 ({@code x-rate-limit-reset}, {@code oauth_timestamp}, a JWT's {@code exp}, a
 * token's {@code expires_in}), range-checked before they become an {@link Instant}: {@code Instant.ofEpochSecond}
 * throws past about 3e16 and the arithmetic after it overflows long before, so a hostile or broken value must be
 * caught here and said, never turned into an exception. Stateless.
 */
public final class EpochSeconds {
    /** 9999-12-31T23:59:59Z, the last second a four-digit year names: every real time an API sends is before it. */
    public static final long MAX = 253_402_300_799L;

    private EpochSeconds() {
    }

    public static boolean inRange(long seconds) {
        return seconds >= 0 && seconds <= MAX;
    }

    /** The instant, when {@code seconds} is a time between 1970 and the year 9999. */
    public static Optional<Instant> instant(long seconds) {
        return inRange(seconds) ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }

    /** Digits as sent (any length, a sign allowed) read as a time between 1970 and 9999; empty for anything else. */
    public static Optional<Long> parse(String text) {
        String digits = text == null ? "" : text.trim();
        if (digits.isEmpty() || digits.length() > 20) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(digits);
            return inRange(seconds) ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code now} plus a lifetime in seconds, when the sum is a time before the year 9999. */
    public static Optional<Instant> after(Instant now, long seconds) {
        long end = seconds > MAX || seconds < -MAX ? -1 : now.getEpochSecond() + seconds;
        return instant(end);
    }

    /** The note for a value that is not such a time: "x-rate-limit-reset is 1e17, not a time between 1970 and 9999". */
    public static String outOfRange(String name, String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return name + " is " + shown + ", not a time between 1970 and 9999 (seconds since 1970); it was left out.";
    }
}
