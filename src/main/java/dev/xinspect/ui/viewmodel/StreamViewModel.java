package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.stream.ConnectionSpan;
import dev.xinspect.core.stream.Elapsed;
import dev.xinspect.core.stream.NdjsonRecorder;
import dev.xinspect.core.stream.ReconnectPolicy;
import dev.xinspect.core.stream.Scheduler;
import dev.xinspect.core.stream.SessionState;
import dev.xinspect.core.stream.StreamEvent;
import dev.xinspect.core.stream.StreamOptions;
import dev.xinspect.core.stream.StreamSession;
import dev.xinspect.core.stream.StreamStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The streaming console: connect (and reconnect on X's schedule, with a countdown, until stopped), watch Posts arrive
 * live with counters, pause the view without dropping the connection, save the stream to NDJSON, and follow the
 * timeline and the rules. Refused connections (409, 429, …) and disconnect lines go to the diagnosis. Events arrive
 * on the stream's threads and are handed to the FX thread in batches, at most one hand-over pending at a time, so a
 * fast stream cannot flood the UI. {@link #tick()} (once a second) refreshes counters and countdown.
 */
public final class StreamViewModel {
    static final int MAX_POSTS = 10_000;
    static final Duration HEALTHY_AFTER = Duration.ofSeconds(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private record Refusal(Exchange exchange, ReconnectPolicy.Verdict verdict, Instant at) {
    }

    /** Something a session reported, and which session: a stopped one may still report its end. */
    private record Report(Listener from, Object item) {
    }

    private final StreamSession.Opener opener;
    private final StreamTarget target;
    private final Scheduler scheduler;
    private final Consumer<Exchange> diagnose;
    private final StreamTimelineViewModel timeline;
    private final StreamRulesViewModel rules;
    private final Clock clock;
    private final Executor worker;
    private final Executor fxThread;

    private final StringProperty stallSeconds = new SimpleStringProperty("20");
    private final ObservableList<String> posts = FXCollections.observableArrayList();
    private final ArrayDeque<String> held = new ArrayDeque<>();
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected.");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper bufferFill = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final Queue<Report> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOverScheduled = new AtomicBoolean();
    private volatile NdjsonRecorder recorder;
    private StreamSession session;
    private Listener listener;
    private SessionState state = new SessionState.Idle();
    private Instant rateSince;
    private long rateFrom;
    private double rate;

    public StreamViewModel(StreamSession.Opener opener, StreamTarget target, Scheduler scheduler, Consumer<Exchange> diagnose,
                           StreamTimelineViewModel timeline, StreamRulesViewModel rules, Clock clock, Executor worker, Executor fxThread) {
        this.opener = opener;
        this.target = target;
        this.scheduler = scheduler;
        this.diagnose = diagnose;
        this.timeline = timeline;
        this.rules = rules;
        this.clock = clock;
        this.worker = worker;
        this.fxThread = fxThread;
        paused.addListener((obs, was, now) -> {
            if (!now) {
                addPosts(new ArrayList<>(held));
                held.clear();
            }
        });
    }

    /** Connects to the URL with the credentials in force, and keeps the stream connected until {@link #stop()}. */
    public void connect() {
        if (active.get()) {
            return;
        }
        Duration stall;
        StreamTarget.Snapshot snapshot;
        try {
            stall = stallAfter();
            snapshot = target.snapshot();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        active.set(true);
        rate = 0;
        rateSince = null;
        state = new SessionState.Idle();
        listener = new Listener();
        session = new StreamSession(opener, snapshot::streamRequest, StreamOptions.defaults().withStallAfter(stall),
                new ReconnectPolicy(), HEALTHY_AFTER, clock, scheduler, worker, listener);
        session.start();
    }

    /** Stops at any time: cancels a reconnect countdown or closes the open connection. */
    public void stop() {
        if (session != null) {
            session.stop();
        }
    }

    /** Opens the console on a request from the workbench ("Open as stream") and connects. */
    public void openOn(String url, AuthOption auth) {
        stop();
        target.urlProperty().set(url);
        if (auth != null) {
            target.authProperty().set(auth);
        }
        active.set(false); // the stopped session's last reports no longer count
        connect();
    }

    private Duration stallAfter() {
        try {
            double seconds = Double.parseDouble(stallSeconds.get().trim().replace(',', '.'));
            if (seconds >= 0.05 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("Stall after must be a number of seconds between 0.05 and 3600 (X sends a "
                + "keep-alive every 20 s, so 20 is the usual value).");
    }

    /** Starts recording Posts, as received, to {@code file} (one JSON per line); writing happens on its own thread. */
    public CompletableFuture<Void> startSaving(Path file) {
        stopSaving();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return NdjsonRecorder.start(file, 100_000);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, worker).handleAsync((started, failure) -> {
            if (failure != null) {
                saveStatus.set(failure.getCause() instanceof java.io.UncheckedIOException io ? io.getCause().getMessage() : failure.getMessage());
                return null;
            }
            recorder = started;
            saving.set(true);
            refreshSaveStatus();
            return null;
        }, fxThread);
    }

    public void stopSaving() {
        NdjsonRecorder open = recorder;
        if (open != null) {
            recorder = null;
            saving.set(false);
            CompletableFuture.runAsync(open::close, worker).thenRunAsync(() -> saveStatus.set("Saved " + open.written()
                    + " Posts to " + open.file().getFileName() + (open.skipped() > 0 ? "; " + open.skipped() + " could not be saved" : "")
                    + (open.failure().isEmpty() ? "." : ". " + open.failure())), fxThread);
        }
    }

    /** The session's listener: runs on stream threads, so it only queues (and records Posts). */
    private final class Listener implements StreamSession.Listener {
        @Override
        public void event(StreamEvent event) {
            NdjsonRecorder open = recorder;
            if (open != null && event.kind() == StreamEvent.Kind.POST) {
                open.record(event.json());
            }
            queue(event);
        }

        @Override
        public void state(SessionState next) {
            queue(next);
        }

        @Override
        public void ended(ConnectionSpan span) {
            queue(span);
        }

        @Override
        public void refused(Exchange exchange, ReconnectPolicy.Verdict verdict) {
            queue(new Refusal(exchange, verdict, clock.instant()));
        }

        private void queue(Object item) {
            pending.add(new Report(this, item));
            if (handOverScheduled.compareAndSet(false, true)) {
                fxThread.execute(StreamViewModel.this::handOver);
            }
        }
    }

    private void handOver() {
        handOverScheduled.set(false);
        List<String> newPosts = new ArrayList<>();
        for (Report report = pending.poll(); report != null; report = pending.poll()) {
            switch (report.item()) {
                case StreamEvent event -> arrived(event, newPosts);
                case SessionState next -> changed(next, report.from() == listener);
                case ConnectionSpan span -> timeline.ended(span);
                case Refusal refusal -> {
                    timeline.refused(refusal.at(), refusal.verdict().reason());
                    diagnose.accept(refusal.exchange());
                }
                default -> { }
            }
        }
        if (paused.get()) {
            newPosts.forEach(this::hold);
        } else {
            addPosts(newPosts);
        }
        tick();
    }

    private void arrived(StreamEvent event, List<String> newPosts) {
        switch (event.kind()) {
            case POST -> newPosts.add(event.json());
            case STALLED, OVERSIZED_LINE -> timeline.stalled(event.at(), event.note());
            case DISCONNECT_MESSAGE -> diagnose.accept(Exchange.ofResponse(ReceivedResponse.of(200,
                    Headers.of("content-type", "application/json"), event.json())));
            default -> { }
        }
    }

    private void changed(SessionState next, boolean current) {
        timeline.state(next);
        if (current) {
            state = next;
            connected.set(next instanceof SessionState.Connected);
            active.set(!(next instanceof SessionState.Stopped));
        }
    }

    private void hold(String post) {
        held.addLast(post);
        if (held.size() > MAX_POSTS) {
            held.removeFirst();
        }
    }

    private void addPosts(List<String> newPosts) {
        if (!newPosts.isEmpty()) {
            posts.addAll(newPosts);
            if (posts.size() > MAX_POSTS) {
                posts.remove(0, posts.size() - MAX_POSTS);
            }
        }
    }

    /** Refreshes the counters, the Posts-per-second rate, the buffer gauge and the countdown; call about once a second. */
    public void tick() {
        Instant now = clock.instant();
        status.set(describe(state, now));
        StreamSession current = session;
        if (current == null) {
            return;
        }
        StreamStats stats = current.stats();
        if (rateSince == null) {
            rateSince = now;
            rateFrom = stats.posts();
        } else if (Duration.between(rateSince, now).toMillis() >= 1000) {
            rate = (stats.posts() - rateFrom) * 1000.0 / Duration.between(rateSince, now).toMillis();
            rateSince = now;
            rateFrom = stats.posts();
        }
        bufferFill.set(connected.get() ? stats.bufferFill() : 0);
        counters.set(String.format(Locale.ROOT, "%d Posts (%.1f/s) · %d keep-alives · %s · buffer %.0f%% · %d dropped · %d duplicates",
                stats.posts(), rate, stats.keepAlives(), bytes(stats.bytes()), bufferFill.get() * 100, stats.droppedLines(), stats.duplicates()));
        refreshSaveStatus();
    }

    private void refreshSaveStatus() {
        NdjsonRecorder open = recorder;
        if (open != null) {
            saveStatus.set(open.failure().isEmpty() ? "Saving to " + open.file().getFileName() + ": " + open.written() + " Posts"
                    + (open.skipped() > 0 ? ", " + open.skipped() + " could not be saved" : "") : open.failure());
        }
    }

    private static String describe(SessionState state, Instant now) {
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

    private static String bytes(long count) {
        return count < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", count / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", count / (1024.0 * 1024));
    }

    public StringProperty urlProperty() {
        return target.urlProperty();
    }

    public StreamTarget target() {
        return target;
    }

    /** Seconds without a byte (not even a keep-alive) after which the connection counts as stalled; used at connect. */
    public StringProperty stallSecondsProperty() {
        return stallSeconds;
    }

    public ObservableList<String> posts() {
        return posts;
    }

    public StreamTimelineViewModel timeline() {
        return timeline;
    }

    public StreamRulesViewModel rules() {
        return rules;
    }

    public ReadOnlyStringProperty countersProperty() {
        return counters.getReadOnlyProperty();
    }

    /** Connected since…, the reconnect countdown ("Reconnecting in 12 s — HTTP 503, attempt 3"), or why it stopped. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** How full the client-side line buffer is, 0..1. */
    public ReadOnlyDoubleProperty bufferFillProperty() {
        return bufferFill.getReadOnlyProperty();
    }

    /** Connecting, connected or waiting to reconnect: Stop is what ends it. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Pausing freezes the list; the connection keeps reading (and saving) so X never sees a slow client. */
    public BooleanProperty pausedProperty() {
        return paused;
    }
}
