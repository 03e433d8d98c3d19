package dev.xinspect.core.stream;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A stream's history in UTC: connected intervals (from, to, duration, Posts), disconnects with their reasons,
 * stalls, refused connects and scheduled reconnects, stops and rule changes; and the gaps between connections,
 * which answer "why did I miss that Post?" (a Post created in a gap is not delivered later). Bounded to the last
 * {@value #MAX_ENTRIES} entries. Not thread-safe: one thread (the console's) feeds and reads it.
 */
public final class ConnectionTimeline {
    static final int MAX_ENTRIES = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** What an entry records. */
    public enum Kind { CONNECTED, DISCONNECTED, STALLED, REFUSED, RECONNECT, STOPPED, RULES }

    /** One line of the timeline. */
    public record Entry(Instant at, Kind kind, String text) {
    }

    /** A time the stream was not connected; {@code to} is null while it lasts. */
    public record Gap(Instant from, Instant to, String reason, int failedAttempts) {
        public Duration duration(Instant now) {
            return Duration.between(from, to == null ? now : to);
        }
    }

    private final Consumer<Entry> onEntry;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Deque<ConnectionSpan> spans = new ArrayDeque<>();
    private final Deque<Gap> gaps = new ArrayDeque<>();
    private final Deque<Entry> ruleChanges = new ArrayDeque<>();
    private Instant connectingSince;
    private Instant gapFrom;
    private String gapReason = "";
    private int gapFailures;

    public ConnectionTimeline() {
        this(entry -> { });
    }

    /** @param onEntry told of every entry as it is added (the console appends it to its list) */
    public ConnectionTimeline(Consumer<Entry> onEntry) {
        this.onEntry = onEntry;
    }

    public void connecting(Instant at) {
        if (gapFrom == null && connectingSince == null) {
            connectingSince = at;
        }
    }

    public void connected(Instant at, int attempt) {
        if (gapFrom != null) {
            add(gaps, new Gap(gapFrom, at, gapReason, gapFailures));
            add(Kind.CONNECTED, at, "reconnected after " + Elapsed.of(Duration.between(gapFrom, at)) + " without a connection"
                    + (attempt > 0 ? " (attempt " + attempt + ")" : ""));
        } else {
            add(Kind.CONNECTED, at, "connected");
        }
        gapFrom = null;
        gapFailures = 0;
        connectingSince = null;
    }

    public void ended(ConnectionSpan span) {
        add(spans, span);
        add(Kind.DISCONNECTED, span.to(), "disconnected: " + span.endReason() + " (connected " + TIME.format(span.from()) + "–"
                + TIME.format(span.to()) + " UTC, " + Elapsed.of(span.duration()) + ", " + span.posts() + " Posts)");
        gapFrom = span.to();
        gapReason = span.endReason();
        gapFailures = 0;
    }

    public void stalled(Instant at, String note) {
        add(Kind.STALLED, at, note);
    }

    public void refused(Instant at, String reason) {
        if (gapFrom == null) {
            gapFrom = connectingSince == null ? at : connectingSince;
            gapReason = reason;
        }
        gapFailures++;
        add(Kind.REFUSED, at, "refused: " + reason);
    }

    public void waiting(SessionState.Waiting waiting) {
        add(Kind.RECONNECT, waiting.at(), (waiting.delay().isZero() ? "reconnecting at once" : "reconnect attempt "
                + waiting.attempt() + " in " + Elapsed.of(waiting.delay())) + " (" + waiting.reason() + ")");
    }

    public void stopped(Instant at, String reason) {
        connectingSince = null;
        add(Kind.STOPPED, at, "stopped: " + reason);
    }

    public void ruleChanged(Instant at, String change) {
        Entry entry = new Entry(at, Kind.RULES, change);
        add(ruleChanges, entry);
        add(entries, entry);
        onEntry.accept(entry);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<ConnectionSpan> spans() {
        return List.copyOf(spans);
    }

    public List<Entry> ruleChanges() {
        return List.copyOf(ruleChanges);
    }

    /** Every gap since the first connect, oldest first; the last is open ({@code to} null) while disconnected. */
    public List<Gap> gaps() {
        List<Gap> all = new ArrayList<>(gaps);
        if (gapFrom != null) {
            all.add(new Gap(gapFrom, null, gapReason, gapFailures));
        }
        return all;
    }

    private void add(Kind kind, Instant at, String text) {
        Entry entry = new Entry(at, kind, text);
        add(entries, entry);
        onEntry.accept(entry);
    }

    private static <T> void add(Deque<T> list, T item) {
        list.addLast(item);
        if (list.size() > MAX_ENTRIES) {
            list.removeFirst();
        }
    }
}
