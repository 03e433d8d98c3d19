package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.EpochSeconds;
import dev.xinspect.core.http.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads X's rate-limit headers: the endpoint window ({@code x-rate-limit-*}, 15 minutes) and the 24-hour App and
 * user windows ({@code x-app-limit-24hour-*}, {@code x-user-limit-24hour-*}). Unparseable values are skipped; a
 * reset that is not a time is left out and said ({@link #outOfRange}).
 */
public final class RateLimitHeaders {
    private RateLimitHeaders() {
    }

    public static List<RateLimit> read(Headers headers) {
        List<RateLimit> windows = new ArrayList<>();
        window(headers, "x-rate-limit-", "15m").ifPresent(windows::add);
        window(headers, "x-app-limit-24hour-", "24h-app").ifPresent(windows::add);
        window(headers, "x-user-limit-24hour-", "24h-user").ifPresent(windows::add);
        return windows;
    }

    /** The window to show first: an exhausted one, else the 15-minute window, else the first. */
    static RateLimit mostPressing(List<RateLimit> windows) {
        return windows.stream().filter(RateLimit::isExhausted).findFirst()
                .or(() -> windows.stream().filter(w -> w.window().equals("15m")).findFirst())
                .orElse(windows.isEmpty() ? null : windows.get(0));
    }

    private static Optional<RateLimit> window(Headers headers, String prefix, String name) {
        Optional<Long> limit = number(headers, prefix + "limit");
        Optional<Long> remaining = number(headers, prefix + "remaining");
        Optional<Long> reset = headers.first(prefix + "reset").flatMap(EpochSeconds::parse);
        if (limit.isEmpty() && remaining.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(limit.orElse(-1L), remaining.orElse(-1L), reset.orElse(0L), name));
    }

    /** A note for each reset header that is not a time (huge, negative, 20 digits): the window is kept without it. */
    static List<String> outOfRange(Headers headers) {
        List<String> notes = new ArrayList<>();
        for (String prefix : List.of("x-rate-limit-", "x-app-limit-24hour-", "x-user-limit-24hour-")) {
            headers.first(prefix + "reset").filter(value -> EpochSeconds.parse(value).isEmpty())
                    .ifPresent(value -> notes.add(EpochSeconds.outOfRange(prefix + "reset", value.trim())));
        }
        return notes;
    }

    private static Optional<Long> number(Headers headers, String name) {
        try {
            return headers.first(name).map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
