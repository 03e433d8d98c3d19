package dev.xinspect.core.stream;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a stream connected the way X asks ("Handling disconnections"): when an open connection ends (the server
 * closed it, a disconnect line, a stall, a broken connection) reconnect at once; when reconnecting fails, wait as
 * {@link ReconnectPolicy} says for that failure; stop, saying why, on answers a retry cannot fix (409 without rules,
 * other 4xx). The back-off starts over after a healthy connection, one that stayed open at least {@code healthyAfter};
 * a connection that drops sooner counts as a failed try, so a server that accepts and closes at once is not hammered.
 * Delays run on the injected {@link Scheduler} and time comes from the injected clock, so tests drive the schedule
 * without waiting. Thread-safe; listener calls come from the connector, stream and scheduler threads.
 */
public final class StreamSession {
    /** Opens one connection: {@link StreamClient#open}, or a stand-in in tests. */
    @FunctionalInterface
    public interface Opener {
        StreamOpening open(SentRequest request, StreamOptions options, Consumer<StreamEvent> listener);
    }

    /** What the session tells its owner, in order for each connection. */
    public interface Listener {
        /** A line or connection event, as {@link StreamConnection} reports it. */
        void event(StreamEvent event);

        void state(SessionState state);

        /** A connection that had opened has ended. */
        void ended(ConnectionSpan span);

        /** A connection attempt was answered with something other than 200, or failed; the verdict says what next. */
        void refused(Exchange exchange, ReconnectPolicy.Verdict verdict);
    }

    private final Opener opener;
    private final Supplier<SentRequest> request;
    private final StreamOptions options;
    private final ReconnectPolicy policy;
    private final Duration healthyAfter;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Executor connector;
    private final Listener listener;

    private boolean running;
    private int failures;
    private volatile int generation;
    private Attempt attempt;
    private Future<?> retry;
    private StreamConnection current;
    private StreamStats earlier = StreamStats.NONE;
    private SessionState state = new SessionState.Idle();

    /**
     * @param request built anew for every attempt (an OAuth 1.0a signature needs a fresh nonce and timestamp); an
     *                {@link IllegalArgumentException} from it stops the session with its message
     * @param connector runs the blocking open of each connection
     */
    public StreamSession(Opener opener, Supplier<SentRequest> request, StreamOptions options, ReconnectPolicy policy,
                         Duration healthyAfter, Clock clock, Scheduler scheduler, Executor connector, Listener listener) {
        this.opener = opener;
        this.request = request;
        this.options = options;
        this.policy = policy;
        this.healthyAfter = healthyAfter;
        this.clock = clock;
        this.scheduler = scheduler;
        this.connector = connector;
        this.listener = listener;
    }

    /** Connects, and keeps reconnecting until {@link #stop()} or an answer a retry cannot fix. */
    public void start() {
        synchronized (this) {
            if (running) {
                return;
            }
            running = true;
            failures = 0;
        }
        connect(0);
    }

    /** Cancels at any time: a pending reconnect, a connect under way, or the open connection. */
    public void stop() {
        StreamConnection open;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            if (retry != null) {
                retry.cancel(false);
            }
            open = attempt != null && attempt.live ? current : null;
            if (open == null) {
                generation++; // a connect still under way is closed when it opens, and stays silent
                state(new SessionState.Stopped(clock.instant(), "You stopped the stream.", false));
            }
        }
        if (open != null) {
            open.close(); // its CLOSED event reports the end and the stop
        }
    }

    /** Counters over every connection of this session so far. */
    public synchronized StreamStats stats() {
        return current == null ? earlier : current.stats().after(earlier);
    }

    public synchronized SessionState state() {
        return state;
    }

    private void connect(int number) {
        Attempt next;
        synchronized (this) {
            if (!running) {
                return;
            }
            next = new Attempt(++generation, number);
            attempt = next;
            state(new SessionState.Connecting(clock.instant(), number));
        }
        connector.execute(() -> open(next));
    }

    private void open(Attempt a) {
        StreamOpening opening;
        try {
            opening = opener.open(request.get(), options, a);
        } catch (RuntimeException e) { // an invalid URL, header or variable: the same on every try
            stopFor(a, "The stream could not be opened: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return;
        }
        switch (opening) {
            case StreamOpening.Opened opened -> opened(a, opened.connection());
            case StreamOpening.Refused refused -> refused(a, refused.exchange());
        }
    }

    private void opened(Attempt a, StreamConnection connection) {
        boolean unwanted;
        synchronized (this) {
            if (current != null) {
                earlier = current.stats().after(earlier);
            }
            current = connection;
            unwanted = !running || a.generation != generation;
        }
        if (unwanted) {
            connection.close(); // stopped while connecting
        }
    }

    private void refused(Attempt a, Exchange exchange) {
        ReconnectPolicy.Verdict verdict = policy.verdict(exchange);
        listener.refused(exchange, verdict);
        synchronized (this) {
            if (a.generation != generation) {
                return;
            }
            if (!running) {
                state(new SessionState.Stopped(clock.instant(), "You stopped the stream.", false));
                return;
            }
            switch (verdict) {
                case ReconnectPolicy.Verdict.GiveUp giveUp -> {
                    running = false;
                    state(new SessionState.Stopped(clock.instant(), giveUp.reason(), true));
                }
                case ReconnectPolicy.Verdict.Retry again -> {
                    failures++;
                    retryLater(again.cause(), again.reason());
                }
            }
        }
    }

    private synchronized void stopFor(Attempt a, String reason) {
        if (a.generation == generation) {
            boolean byUser = !running;
            running = false;
            state(new SessionState.Stopped(clock.instant(), byUser ? "You stopped the stream." : reason, !byUser));
        }
    }

    private synchronized void connected(Attempt a, Instant at) {
        if (a.generation == generation) {
            state(new SessionState.Connected(at, a.number));
        }
    }

    private void closed(Attempt a, StreamEvent closed) {
        ConnectionSpan span = new ConnectionSpan(a.connectedAt, closed.at(), a.posts.get(), a.cause.isEmpty() ? closed.note() : a.cause);
        listener.ended(span);
        synchronized (this) {
            if (a.generation != generation) {
                return;
            }
            if (!running) {
                state(new SessionState.Stopped(closed.at(), "You stopped the stream.", false));
                return;
            }
            if (span.duration().compareTo(healthyAfter) >= 0) {
                failures = 0;
            }
            // X: reconnect at once after a drop; a connection that dropped soon after opening counts as a failed try.
            retryLater(ReconnectPolicy.Cause.NETWORK, span.endReason());
            if (span.duration().compareTo(healthyAfter) < 0) {
                failures++;
            }
        }
    }

    /** Called with the lock held. */
    private void retryLater(ReconnectPolicy.Cause cause, String reason) {
        int number = failures + 1;
        Duration delay = policy.delay(cause, number);
        Instant now = clock.instant();
        int expected = generation;
        try {
            // Scheduled before Waiting is announced: whoever sees Waiting may move the clock at once. The task takes
            // this lock before connecting, so it cannot overtake the announcement.
            retry = scheduler.schedule(delay, () -> {
                synchronized (this) {
                    if (expected != generation) {
                        return;
                    }
                }
                connect(number);
            });
        } catch (RejectedExecutionException e) { // the app is quitting and its scheduler is shut down
            running = false;
            state(new SessionState.Stopped(now, "Stopped: the app is closing.", false));
            return;
        }
        state(new SessionState.Waiting(now, now.plus(delay), reason, number, policy.rule(cause, number)));
    }

    private void state(SessionState next) {
        state = next;
        listener.state(next);
    }

    /** One connection attempt: receives its events, remembers why it ended. */
    private final class Attempt implements Consumer<StreamEvent> {
        final int generation;
        final int number;
        final AtomicLong posts = new AtomicLong();
        volatile Instant connectedAt;
        volatile boolean live;
        volatile String cause = "";

        Attempt(int generation, int number) {
            this.generation = generation;
            this.number = number;
        }

        @Override
        public void accept(StreamEvent event) {
            if (generation != StreamSession.this.generation) {
                return; // a connection opened after the user stopped: closed at once, not reported
            }
            switch (event.kind()) {
                case CONNECTED -> {
                    connectedAt = event.at();
                    live = true;
                }
                case POST -> posts.incrementAndGet();
                case STALLED -> cause = event.note();
                case DISCONNECT_MESSAGE -> cause = cause.isEmpty() ? event.note() : cause;
                default -> { }
            }
            listener.event(event);
            if (event.kind() == StreamEvent.Kind.CONNECTED) {
                connected(this, event.at());
            } else if (event.kind() == StreamEvent.Kind.CLOSED) {
                live = false;
                closed(this, event);
            }
        }
    }
}
