package dev.xinspect.core.workspace;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ReceivedResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The exchanges of this run, newest first, bounded in count; response bodies over a size limit are cut with a note
 * so a few huge responses cannot fill memory. Thread-safe. (Kept in memory: saving history to disk waits for the
 * workspace storage, which must redact it first.)
 */
public final class History {
    /** One remembered exchange: an id for selection, when it was recorded, and a label to list and search. */
    public record Entry(long id, Instant at, String label, Exchange exchange, boolean truncated) {
    }

    private final int capacity;
    private final int maxBodyBytes;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();

    public History(int capacity, int maxBodyBytes) {
        this.capacity = capacity;
        this.maxBodyBytes = maxBodyBytes;
    }

    public synchronized Entry add(Exchange exchange, Instant at) {
        ReceivedResponse response = exchange.response();
        boolean truncate = response != null && response.body().size() > maxBodyBytes;
        Exchange kept = truncate ? new Exchange(exchange.request(), cut(response), null, exchange.timings(), exchange.startedAt())
                : exchange;
        Entry entry = new Entry(ids.incrementAndGet(), at, label(exchange), kept, truncate);
        entries.addFirst(entry);
        while (entries.size() > capacity) {
            entries.removeLast();
        }
        return entry;
    }

    /** Entries whose label (method, URL, status) contains every word of the query, ignoring case. */
    public synchronized List<Entry> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return entries.stream().filter(e -> {
            String label = e.label().toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!word.isEmpty() && !label.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    public synchronized int size() {
        return entries.size();
    }

    private ReceivedResponse cut(ReceivedResponse response) {
        byte[] bytes = response.body().bytes();
        byte[] head = java.util.Arrays.copyOf(bytes, maxBodyBytes);
        return new ReceivedResponse(response.status(), response.reason(), response.httpVersion(), response.headers(),
                Body.ofBytes(head));
    }

    private static String label(Exchange exchange) {
        String status = exchange.receivedResponse().map(r -> Integer.toString(r.status())).orElse("failed");
        return exchange.sentRequest().map(r -> status + " " + r.method() + " " + r.url()).orElse(status + " response");
    }
}
