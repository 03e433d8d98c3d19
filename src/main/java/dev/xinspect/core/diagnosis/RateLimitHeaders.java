package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads X's rate-limit headers: the endpoint window ({@code x-rate-limit-*}, 15 minutes) and the 24-hour App and
 * user windows ({@code x-app-limit-24hour-*}, {@code x-user-limit-24hour-*}). Unparseable values are skipped.
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
        Optional<Long> reset = number(headers, prefix + "reset");
        if (limit.isEmpty() && remaining.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(limit.orElse(-1L), remaining.orElse(-1L), reset.orElse(0L), name));
    }

    private static Optional<Long> number(Headers headers, String name) {
        try {
            return headers.first(name).map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
