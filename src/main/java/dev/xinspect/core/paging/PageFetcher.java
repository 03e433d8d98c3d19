package dev.xinspect.core.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.diagnosis.RateLimit;
import dev.xinspect.core.diagnosis.RateLimitHeaders;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Follows {@code meta.next_token} page after page: each page is the first request with the endpoint's token parameter
 * set, and goes through {@code send} (which signs it afresh: an OAuth 1.0a signature covers the query). Stops at the
 * end, at a page count, at an error, or at the rate limit, where it waits for the window's reset when asked to.
 * Blocking: call it on a worker thread.
 */
public final class PageFetcher {
    /** What to do when the 15-minute window has no request left before the last page. */
    public enum AtRateLimit { STOP, WAIT_FOR_RESET }

    /** Waits until an instant (the app sleeps; tests move a clock); returns false when interrupted or cancelled. */
    @FunctionalInterface
    public interface Waiter {
        boolean waitUntil(Instant instant);
    }

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final Function<SentRequest, Exchange> send;
    private final Waiter waiter;
    private final Clock clock;

    public PageFetcher(Function<SentRequest, Exchange> send, Waiter waiter, Clock clock) {
        this.send = send;
        this.waiter = waiter;
        this.clock = clock;
    }

    /**
     * @param tokenParameter {@code pagination_token} or {@code next_token}, from {@link PageTokens}
     * @param maxPages       at most this many pages (1 or more)
     * @param onPage         told of each page as it arrives, on this thread
     */
    public Pages fetchAll(SentRequest first, String tokenParameter, int maxPages, AtRateLimit atRateLimit,
                          Consumer<Exchange> onPage, BooleanSupplier cancelled) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be 1 or more");
        }
        List<Exchange> pages = new ArrayList<>();
        SentRequest request = first;
        while (true) {
            if (cancelled.getAsBoolean()) {
                return new Pages(pages, Pages.Stop.CANCELLED, "Stopped after " + count(pages.size()) + ".");
            }
            Exchange page = send.apply(request);
            pages.add(page);
            onPage.accept(page);
            Optional<ReceivedResponse> response = page.receivedResponse();
            if (response.isEmpty()) {
                return new Pages(pages, Pages.Stop.NOT_SENT, "Page " + pages.size() + " was not sent: "
                        + page.transportFailure().map(f -> f.message()).orElse("no response") + ".");
            }
            int status = response.get().status();
            if (status == 429) {
                return new Pages(pages, Pages.Stop.RATE_LIMIT, "Page " + pages.size() + " hit the rate limit (429)"
                        + reset(response.get()) + ".", request, resetsAt(response.get()));
            }
            if (status < 200 || status >= 300) {
                return new Pages(pages, Pages.Stop.ERROR_RESPONSE, "Page " + pages.size() + " answered " + status + ".");
            }
            Optional<String> next = nextToken(response.get());
            if (next.isEmpty()) {
                return new Pages(pages, Pages.Stop.END, "All " + count(pages.size()) + " fetched: the last had no next_token.");
            }
            if (pages.size() >= maxPages) {
                return new Pages(pages, Pages.Stop.PAGE_LIMIT, "Stopped at " + count(pages.size()) + ", as asked; more remain.");
            }
            Optional<RateLimit> window = exhausted(response.get());
            if (window.isPresent()) {
                if (atRateLimit == AtRateLimit.STOP || !waiter.waitUntil(window.get().resetAt())) {
                    return new Pages(pages, Pages.Stop.RATE_LIMIT, "No requests left in the 15-minute window after "
                            + count(pages.size()) + reset(response.get()) + "; more remain.",
                            withToken(request, tokenParameter, next.get()), window.get().resetAt());
                }
            }
            request = withToken(request, tokenParameter, next.get());
        }
    }

    private static String count(int pages) {
        return pages + (pages == 1 ? " page" : " pages");
    }

    private String reset(ReceivedResponse response) {
        return RateLimitHeaders.read(response.headers()).stream().filter(w -> w.window().equals("15m")).findFirst()
                .map(w -> "; the window resets at " + w.resetAt() + " (in " + Math.max(0, w.timeLeft(clock.instant()).toSeconds()) + " s)")
                .orElse("");
    }

    private static Instant resetsAt(ReceivedResponse response) {
        return RateLimitHeaders.read(response.headers()).stream().filter(w -> w.window().equals("15m")).findFirst()
                .map(RateLimit::resetAt).orElse(null);
    }

    private static Optional<RateLimit> exhausted(ReceivedResponse response) {
        return RateLimitHeaders.read(response.headers()).stream().filter(w -> w.window().equals("15m") && w.isExhausted()).findFirst();
    }

    private static Optional<String> nextToken(ReceivedResponse response) {
        try {
            JsonNode token = JSON.readTree(response.body().text()).path("meta").path("next_token");
            return token.isTextual() && !token.asText().isEmpty() ? Optional.of(token.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not JSON: no next page can be named
        }
    }

    /** The same request with the token parameter set to {@code token} (replaced, never repeated: X rejects repeats). */
    static SentRequest withToken(SentRequest request, String parameter, String token) {
        List<QueryParam> params = new ArrayList<>(QueryString.parse(request.url()).stream()
                .filter(p -> !p.name().equals(parameter)).toList());
        params.add(new QueryParam(parameter, token));
        return new SentRequest(request.method(), QueryString.join(request.url(), params), request.headers(), request.body());
    }
}
