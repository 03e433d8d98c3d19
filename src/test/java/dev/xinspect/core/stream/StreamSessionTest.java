package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.TransportFailure;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** X's reconnect schedule, driven by a hand-moved clock: no test waits for a real delay. */
class StreamSessionTest {
    private static final StreamOptions NEVER_STALL = StreamOptions.defaults().withStallAfter(Duration.ofDays(1));

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-24T10:00:00Z"));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final Deque<Function<Consumer<StreamEvent>, StreamOpening>> script = new ArrayDeque<>();
    private final List<SessionState> states = new CopyOnWriteArrayList<>();
    /** For each Waiting announced, how many retries were pending at that moment. */
    private final List<Integer> pendingWhenWaitingShown = new CopyOnWriteArrayList<>();
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    private final List<ConnectionSpan> spans = new CopyOnWriteArrayList<>();
    private final List<ReconnectPolicy.Verdict> verdicts = new CopyOnWriteArrayList<>();
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger requestsBuilt = new AtomicInteger();
    private final List<ControlledBody> pipes = new ArrayList<>();

    private final StreamSession.Listener listener = new StreamSession.Listener() {
        @Override
        public void event(StreamEvent event) {
            events.add(event);
        }

        @Override
        public void state(SessionState state) {
            if (state instanceof SessionState.Waiting) {
                pendingWhenWaitingShown.add(time.pending());
            }
            states.add(state);
        }

        @Override
        public void ended(ConnectionSpan span) {
            spans.add(span);
        }

        @Override
        public void refused(Exchange exchange, ReconnectPolicy.Verdict verdict) {
            verdicts.add(verdict);
        }
    };

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdownNow();
    }

    private StreamSession session(StreamOptions options, java.util.concurrent.Executor connector) {
        StreamSession.Opener opener = (request, opts, events) -> {
            opens.incrementAndGet();
            Function<Consumer<StreamEvent>, StreamOpening> next = script.size() == 1 ? script.peek() : script.poll(); // the last repeats
            return next.apply(events);
        };
        return new StreamSession(opener, () -> {
            requestsBuilt.incrementAndGet();
            return SentRequest.of("GET", "http://127.0.0.1:9/2/tweets/sample/stream", Headers.EMPTY);
        }, options, new ReconnectPolicy(), Duration.ofSeconds(30), time, time, connector, listener);
    }

    private StreamSession session() {
        return session(NEVER_STALL, Runnable::run);
    }

    private static Function<Consumer<StreamEvent>, StreamOpening> status(int code, String body) {
        return events -> new StreamOpening.Refused(Exchange.of(null, ReceivedResponse.of(code,
                Headers.of("content-type", "application/problem+json"), body)));
    }

    private static Function<Consumer<StreamEvent>, StreamOpening> refusedConnection() {
        return events -> new StreamOpening.Refused(Exchange.failed(null, new TransportFailure(TransportFailure.Kind.REFUSED,
                "Nothing is listening on 127.0.0.1:9 (connection refused).", "")));
    }

    /** A live connection over a pipe the test closes to end it. */
    private Function<Consumer<StreamEvent>, StreamOpening> open(StreamOptions options) {
        return events -> {
            ControlledBody body = new ControlledBody();
            synchronized (pipes) {
                pipes.add(body);
            }
            return new StreamOpening.Opened(StreamConnection.start(body, time, options, events, watchdog));
        };
    }

    /** A response body that stays silent until the server (the test) or the client (a stall, a stop) ends it. */
    private static final class ControlledBody extends InputStream {
        private final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public int read() {
            try {
                ended.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return read();
        }

        @Override
        public void close() {
            ended.countDown();
        }
    }

    private void endLastConnection() {
        synchronized (pipes) {
            pipes.get(pipes.size() - 1).close();
        }
    }

    private SessionState last() {
        return states.get(states.size() - 1);
    }

    private void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "timed out; states: " + states);
            Thread.sleep(2);
        }
    }

    /** The delays of every wait the session scheduled, in order. */
    private List<Duration> waits() {
        return states.stream().filter(s -> s instanceof SessionState.Waiting).map(s -> ((SessionState.Waiting) s).delay()).toList();
    }

    private static List<Duration> seconds(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }

    private void failAgainAfter(Duration wait) {
        int before = opens.get();
        time.advance(wait.minusMillis(1));
        assertEquals(before, opens.get(), "reconnected before the wait was over");
        time.advance(Duration.ofMillis(1));
        assertEquals(before + 1, opens.get(), "did not reconnect when the wait was over");
    }

    @Test
    void httpErrorsBackOffFromFiveSecondsDoublingUpTo320() {
        script.add(status(503, "<html>overloaded</html>"));
        StreamSession session = session();
        session.start();
        for (Duration wait : seconds(5, 10, 20, 40, 80, 160, 320, 320)) {
            failAgainAfter(wait);
        }

        assertEquals(seconds(5, 10, 20, 40, 80, 160, 320, 320, 320), waits());
        SessionState.Waiting waiting = assertInstanceOf(SessionState.Waiting.class, last());
        assertEquals("HTTP 503", waiting.reason());
        assertEquals(10, waiting.attempt());
        assertEquals(9, requestsBuilt.get(), "every attempt builds (and signs) its request anew");
    }

    @Test
    void networkErrorsBackOffLinearlyBy250MillisecondsUpTo16Seconds() {
        script.add(refusedConnection());
        StreamSession session = session();
        session.start();
        for (int i = 0; i < 70; i++) {
            time.advance(ReconnectPolicy.NETWORK_MAX);
        }

        List<Duration> waits = waits();
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofSeconds(1)),
                waits.subList(0, 4));
        assertEquals(Duration.ofSeconds(16), waits.get(63));
        assertEquals(Duration.ofSeconds(16), waits.get(waits.size() - 1));
        assertTrue(((SessionState.Waiting) last()).reason().contains("connection refused"));
    }

    @Test
    void tooManyConnectionsWaitsAMinuteThenDoubles() {
        script.add(status(429, "{\"title\":\"ConnectionException\",\"connection_issue\":\"TooManyConnections\","
                + "\"type\":\"https://api.twitter.com/2/problems/streaming-connection\"}"));
        StreamSession session = session();
        session.start();
        for (Duration wait : seconds(60, 120, 240, 480, 960)) {
            failAgainAfter(wait);
        }

        assertEquals(seconds(60, 120, 240, 480, 960, 960), waits());
        assertEquals("HTTP 429 TooManyConnections", ((SessionState.Waiting) last()).reason());
    }

    @Test
    void aRetryRefusedByAShutDownSchedulerStopsTheSessionInsteadOfThrowing() {
        script.add(status(503, ""));
        Scheduler shutDown = (delay, task) -> {
            throw new java.util.concurrent.RejectedExecutionException("terminated");
        };
        StreamSession session = new StreamSession((request, opts, events) -> script.peek().apply(events),
                () -> SentRequest.of("GET", "http://127.0.0.1:9/2/tweets/sample/stream", Headers.EMPTY), NEVER_STALL,
                new ReconnectPolicy(), Duration.ofSeconds(30), time, shutDown, Runnable::run, listener);
        session.start();

        SessionState.Stopped stopped = assertInstanceOf(SessionState.Stopped.class, last());
        assertEquals("Stopped: the app is closing.", stopped.reason());
    }

    @Test
    void noRulesStopsAtOnceAndSaysWhy() {
        script.add(status(409, "{\"title\":\"ConnectionException\",\"detail\":\"This stream has no rules\"}"));
        StreamSession session = session();
        session.start();
        time.advance(Duration.ofHours(1));

        SessionState.Stopped stopped = assertInstanceOf(SessionState.Stopped.class, last());
        assertTrue(stopped.gaveUp());
        assertTrue(stopped.reason().startsWith("HTTP 409: the filtered stream has no rules"), stopped.reason());
        assertEquals(1, opens.get());
        assertEquals(0, time.pending());
        assertInstanceOf(ReconnectPolicy.Verdict.GiveUp.class, verdicts.get(0));
    }

    @Test
    void clientErrorsThatARetryCannotFixAreNotRetried() {
        script.add(status(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401}"));
        StreamSession session = session();
        session.start();
        time.advance(Duration.ofHours(1));

        SessionState.Stopped stopped = assertInstanceOf(SessionState.Stopped.class, last());
        assertTrue(stopped.reason().contains("a retry cannot fix this"), stopped.reason());
        assertEquals(1, opens.get());
    }

    @Test
    void aHealthyConnectionThatDropsReconnectsAtOnceAndTheBackoffStartsOver() throws InterruptedException {
        script.add(status(503, ""));
        script.add(status(503, ""));
        script.add(open(NEVER_STALL));
        script.add(status(503, ""));
        StreamSession session = session();
        session.start();
        time.advance(Duration.ofSeconds(5));
        time.advance(Duration.ofSeconds(10));
        assertInstanceOf(SessionState.Connected.class, last());
        time.advance(Duration.ofMinutes(2));

        endLastConnection();
        await(() -> last() instanceof SessionState.Waiting);
        SessionState.Waiting atOnce = (SessionState.Waiting) last();
        assertEquals(Duration.ZERO, atOnce.delay());
        assertEquals(1, atOnce.attempt());
        assertEquals("The server closed the stream.", atOnce.reason());
        time.runDue();

        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(5)), waits());
        assertEquals(1, spans.size());
        assertEquals(Duration.ofMinutes(2), spans.get(0).duration());
    }

    @Test
    void aConnectionThatDropsRightAfterOpeningCountsAsAFailedTry() throws InterruptedException {
        script.add(open(NEVER_STALL));
        StreamSession session = session();
        session.start();
        for (int i = 0; i < 3; i++) {
            int connections = i + 1;
            await(() -> last() instanceof SessionState.Connected && opens.get() == connections);
            endLastConnection();
            await(() -> last() instanceof SessionState.Waiting);
            time.advance(((SessionState.Waiting) last()).delay());
        }

        assertEquals(List.of(Duration.ZERO, Duration.ofMillis(250), Duration.ofMillis(500)), waits());
        session.stop();
    }

    @Test
    void aStallEndsTheConnectionAndItReconnects() throws Exception {
        StreamOptions stallAfterASecond = StreamOptions.defaults().withStallAfter(Duration.ofSeconds(1));
        script.add(open(stallAfterASecond));
        StreamSession session = session(stallAfterASecond, Runnable::run);
        session.start();
        time.advance(Duration.ofSeconds(1)); // the watchdog sees a second without a byte at its next tick

        await(() -> last() instanceof SessionState.Waiting);
        assertTrue(events.stream().anyMatch(e -> e.kind() == StreamEvent.Kind.STALLED));
        assertTrue(((SessionState.Waiting) last()).reason().contains("stalled"), last().toString());
        time.runDue();
        await(() -> opens.get() == 2);
        session.stop();
    }

    @Test
    void whenWaitingIsShownItsRetryIsAlreadyScheduled() {
        // Whoever sees Waiting may move the clock at once (a test, a "Reconnect now"); a retry scheduled after the
        // announcement would land past that move and never run.
        script.add(status(503, ""));
        StreamSession session = session();
        session.start();
        time.advance(((SessionState.Waiting) last()).delay());

        assertEquals(List.of(1, 1), pendingWhenWaitingShown);
        session.stop();
    }

    @Test
    void stoppingCancelsAPendingReconnect() {
        script.add(status(503, ""));
        StreamSession session = session();
        session.start();
        assertInstanceOf(SessionState.Waiting.class, last());

        session.stop();
        time.advance(Duration.ofHours(1));

        SessionState.Stopped stopped = assertInstanceOf(SessionState.Stopped.class, last());
        assertFalse(stopped.gaveUp());
        assertEquals(1, opens.get());
        assertEquals(0, time.pending());
    }

    @Test
    void stoppingClosesTheOpenConnectionWithoutReconnecting() throws Exception {
        script.add(open(NEVER_STALL));
        StreamSession session = session();
        session.start();
        assertInstanceOf(SessionState.Connected.class, last());

        session.stop();
        await(() -> last() instanceof SessionState.Stopped);
        time.advance(Duration.ofHours(1));

        assertEquals(1, opens.get());
        assertEquals("You closed the stream.", spans.get(0).endReason());
    }

    @Test
    void stoppingWhileConnectingDropsTheConnectionThatOpensLate() {
        List<Runnable> connects = new ArrayList<>();
        script.add(open(NEVER_STALL));
        StreamSession session = session(NEVER_STALL, connects::add);
        session.start();
        assertInstanceOf(SessionState.Connecting.class, last());

        session.stop();
        assertInstanceOf(SessionState.Stopped.class, last());
        connects.get(0).run();

        assertInstanceOf(SessionState.Stopped.class, last());
        assertTrue(events.isEmpty(), "a connection opened after the stop is not reported: " + events);
    }
}
