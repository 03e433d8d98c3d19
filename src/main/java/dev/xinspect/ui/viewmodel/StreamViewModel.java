package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.stream.PostRate;
import dev.xinspect.core.stream.ReconnectPolicy;
import dev.xinspect.core.stream.Scheduler;
import dev.xinspect.core.stream.SessionState;
import dev.xinspect.core.stream.StatusText;
import dev.xinspect.core.stream.StreamOptions;
import dev.xinspect.core.stream.StreamSession;
import dev.xinspect.core.stream.StreamStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The streaming console: connect (and reconnect on X's schedule, with a countdown, until stopped), watch Posts arrive
 * live with counters, pause the view without dropping the connection, save the stream to NDJSON, and follow the
 * timeline and the rules. Refused connections (409, 429, …) and disconnect lines go to the diagnosis. Events arrive
 * on the stream's threads and reach the FX thread through {@link StreamReports} (the list shows at most
 * {@value #MAX_POSTS} Posts); the counters change at most four times a second. {@link #tick()} (once a second)
 * refreshes counters and countdown. A new connection starts a new count and a new list: the counters always count
 * the Posts the list shows.
 */
public final class StreamViewModel {
    static final int MAX_POSTS = 10_000;
    static final Duration HEALTHY_AFTER = Duration.ofSeconds(30);
    private static final long COUNTERS_EVERY_NANOS = Duration.ofMillis(250).toNanos();

    private final StreamSession.Opener opener;
    private final StreamTarget target;
    private final Scheduler scheduler;
    private final StreamTimelineViewModel timeline;
    private final StreamRulesViewModel rules;
    private final Clock clock;
    private final Executor worker;
    private final Executor fxThread;

    private final StringProperty stallSeconds = new SimpleStringProperty("20");
    private final StreamPostList posts = new StreamPostList(MAX_POSTS);
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected.");
    private final ReadOnlyDoubleWrapper bufferFill = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final StreamReports reports;
    private final StreamRecordingViewModel recording;
    private StreamSession session;
    private SessionState state = new SessionState.Idle();
    private PostRate rate = new PostRate();
    private long lastTick = System.nanoTime();
    /** Why the last Connect did not start ("Stall after must be a number…"); the ticks must not hide it. */
    private String refused = "";

    public StreamViewModel(StreamSession.Opener opener, StreamTarget target, Scheduler scheduler, Consumer<Exchange> diagnose,
                           StreamTimelineViewModel timeline, StreamRulesViewModel rules, UnaryOperator<String> redaction, Clock clock,
                           Executor worker, Executor fxThread) {
        this.opener = opener;
        this.target = target;
        this.scheduler = scheduler;
        this.timeline = timeline;
        this.rules = rules;
        this.clock = clock;
        this.worker = worker;
        this.fxThread = fxThread;
        this.recording = new StreamRecordingViewModel(redaction, worker, fxThread);
        javafx.beans.InvalidationListener retyped = changed -> refused = ""; // the refusal spoke about the old input
        stallSeconds.addListener(retyped);
        target.urlProperty().addListener(retyped);
        this.reports = new StreamReports(MAX_POSTS, timeline, diagnose, recording::record, clock, fxThread, this::changed, this::arrived);
    }

    /** Connects to the URL with the credentials in force, and keeps the stream connected until {@link #stop()}. */
    public void connect() {
        if (active.get()) {
            return;
        }
        Duration stall;
        StreamTarget.Snapshot snapshot;
        try {
            stall = StreamOptions.stallAfter(stallSeconds.get());
            snapshot = target.snapshot();
        } catch (IllegalArgumentException e) {
            refused = e.getMessage();
            status.set(refused);
            return;
        }
        refused = "";
        active.set(true);
        posts.clear(); // the new session counts from zero: the list starts again with it
        rate = new PostRate();
        state = new SessionState.Idle();
        session = new StreamSession(opener, snapshot::streamRequest, StreamOptions.defaults().withStallAfter(stall),
                new ReconnectPolicy(), HEALTHY_AFTER, clock, scheduler, worker, reports.newSession());
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

    /** See {@link StreamHandOver#perFrame}: while the stream runs, the window takes a batch each frame. */
    public void handOverPerFrame(boolean on) {
        reports.perFrame(on);
    }

    /** One frame of the window: the events since the last one. On the FX thread. */
    public void frame() {
        reports.drain();
    }

    /** Posts received but not yet handed to the FX thread; never more than {@link #MAX_POSTS}. */
    int postsWaitingForTheWindow() {
        return reports.postsWaiting();
    }

    private void changed(SessionState next, boolean current) {
        if (current) {
            state = next;
            connected.set(next instanceof SessionState.Connected);
            active.set(!(next instanceof SessionState.Stopped));
        }
    }

    private void arrived(List<String> newPosts, boolean stateChanged) {
        posts.arrived(newPosts);
        if (stateChanged || System.nanoTime() - lastTick >= COUNTERS_EVERY_NANOS) {
            tick();
        }
    }

    /** Refreshes the counters, the Posts-per-second rate, the buffer gauge and the countdown; call about once a second. */
    public void tick() {
        lastTick = System.nanoTime();
        Instant now = clock.instant();
        status.set(refused.isEmpty() ? StatusText.of(state, now) : refused);
        StreamSession current = session;
        if (current == null) {
            return;
        }
        StreamStats stats = current.stats();
        bufferFill.set(connected.get() ? stats.bufferFill() : 0);
        counters.set(StatusText.counters(stats, rate.sample(now, stats.posts()), bufferFill.get()));
        recording.refresh();
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
        return posts.shown();
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

    public StreamRecordingViewModel recording() {
        return recording;
    }

    /** How full the client-side line buffer is, 0..1. */
    public ReadOnlyDoubleProperty bufferFillProperty() {
        return bufferFill.getReadOnlyProperty();
    }

    /** Connecting, connected or waiting to reconnect: Stop is what ends it. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Pausing freezes the list; the connection keeps reading (and saving) so X never sees a slow client. */
    public BooleanProperty pausedProperty() {
        return posts.pausedProperty();
    }
}
