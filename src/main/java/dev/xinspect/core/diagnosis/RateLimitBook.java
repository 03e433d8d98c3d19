package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.Headers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last rate-limit state seen per endpoint and auth context, so the workbench can show what is left before the
 * next request and warn before one that would get a 429. X counts its 15-minute windows per endpoint and per App
 * (app-only) or per user (user context), so that pair is the key. Thread-safe.
 */
public final class RateLimitBook {
    /**
     * @param endpoint the endpoint as X counts it, e.g. {@code GET /2/users/:id}
     * @param context  who is counted: {@code app} or {@code user}, and the profile, e.g. {@code app · My App}
     */
    public record Key(String endpoint, String context) {
    }

    private final Map<Key, List<RateLimit>> windows = new ConcurrentHashMap<>();

    /** Remembers the windows a response's headers announce; a response without them changes nothing. */
    public void record(Key key, Headers responseHeaders) {
        List<RateLimit> read = RateLimitHeaders.read(responseHeaders);
        if (!read.isEmpty()) {
            windows.put(key, List.copyOf(read));
        }
    }

    /** Forgets every window, as when the sandbox starts a new scenario. */
    public void clear() {
        windows.clear();
    }

    /** The windows last seen for the key that have not reset yet at {@code now}. */
    public List<RateLimit> current(Key key, Instant now) {
        return windows.getOrDefault(key, List.of()).stream().filter(w -> w.resetAt().isAfter(now)).toList();
    }

    /** The window to show first: an exhausted one, else the 15-minute one. */
    public Optional<RateLimit> mostPressing(Key key, Instant now) {
        return Optional.ofNullable(RateLimitHeaders.mostPressing(current(key, now)));
    }
}
