package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.sandbox.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.stream.MissedPostsExplainer;
import dev.xinspect.core.stream.RuleLinter;
import dev.xinspect.core.stream.Scheduler;
import dev.xinspect.core.stream.StreamConnection;
import dev.xinspect.core.stream.StreamOpening;
import dev.xinspect.core.stream.StreamSession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console without a toolkit: the FX thread is a queue this test drains, time and reconnect delays are moved by
 * hand, connections read canned bytes.
 */
class StreamViewModelTest {
    private static final String POST_1 = "{\"data\":{\"id\":\"1\",\"text\":\"one\"}}";
    private static final String POST_2 = "{\"data\":{\"id\":\"2\",\"text\":\"two\"}}";
    private static final String DISCONNECT = "{\"errors\":[{\"title\":\"operational-disconnect\",\"disconnect_type\":\"OperationalDisconnect\","
            + "\"type\":\"https://api.twitter.com/2/problems/operational-disconnect\"}]}";

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final Queue<Runnable> fx = new ConcurrentLinkedQueue<>();
    private final List<FutureTask<Void>> scheduled = new ArrayList<>();
    private final Scheduler scheduler = (delay, task) -> {
        FutureTask<Void> future = new FutureTask<>(task, null);
        synchronized (scheduled) {
            scheduled.add(future);
        }
        return future;
    };
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final List<Exchange> diagnosed = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<Diagnosis> shown = new ArrayList<>();
    private StreamSession.Opener opener;

    @AfterEach
    void stop() {
        watchdog.shutdownNow();
    }

    private StreamViewModel console() {
        StreamTarget target = new StreamTarget(url -> url.replace("{{baseUrl}}", "http://127.0.0.1:9"), (request, auth) -> request,
                option -> new RequestAuth.None(), AuthOption.none());
        StreamTimelineViewModel timeline = new StreamTimelineViewModel(new MissedPostsExplainer(KnowledgeBase.loadBundled()),
                (diagnosis, title, meaning) -> {
                    shown.add(diagnosis);
                    titles.add(title);
                }, clock);
        StreamRulesViewModel rules = new StreamRulesViewModel(request -> {
            throw new AssertionError("no rules requests here");
        }, target, new RuleLinter(), diagnosed::add, timeline::ruleChanged, Runnable::run, fx::add);
        return new StreamViewModel((request, options, events) -> opener.open(request, options, events), target, scheduler,
                diagnosed::add, timeline, rules, dev.xinspect.core.report.Redactor.withoutKnownSecrets()::redactText, clock,
                Runnable::run, fx::add);
    }

    private StreamOpening lines(java.util.function.Consumer<dev.xinspect.core.stream.StreamEvent> events, String... lines) {
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return new StreamOpening.Opened(StreamConnection.start(new ByteArrayInputStream(body), clock,
                dev.xinspect.core.stream.StreamOptions.defaults(), events, watchdog));
    }

    private static StreamOpening status(int code, String body) {
        return new StreamOpening.Refused(Exchange.of(SentRequest.of("GET", "http://127.0.0.1:9/2/tweets/search/stream", Headers.EMPTY),
                ReceivedResponse.of(code, Headers.of("content-type", "application/json"), body)));
    }

    /** Runs the FX queue until the condition holds (the stream's threads feed it meanwhile). */
    private void untilFx(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            for (Runnable task = fx.poll(); task != null; task = fx.poll()) {
                task.run();
            }
            if (condition.getAsBoolean()) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(2);
        }
    }

    private void runScheduled() {
        List<FutureTask<Void>> due;
        synchronized (scheduled) {
            due = new ArrayList<>(scheduled);
            scheduled.clear();
        }
        due.forEach(FutureTask::run);
    }

    @Test
    void aStreamFasterThanTheWindowKeepsOnlyTheNewestPostsWaiting() throws Exception {
        StreamViewModel vm = console();
        int total = 3 * StreamViewModel.MAX_POSTS;
        String[] lines = new String[total];
        for (int i = 0; i < total; i++) {
            lines[i] = "{\"data\":{\"id\":\"" + (i + 1) + "\",\"text\":\"post\"}}";
        }
        java.util.concurrent.atomic.AtomicInteger delivered = new java.util.concurrent.atomic.AtomicInteger();
        opener = (request, options, events) -> lines(event -> {
            events.accept(event);
            if (event.kind() == dev.xinspect.core.stream.StreamEvent.Kind.POST) {
                delivered.incrementAndGet();
            }
        }, lines);

        vm.connect(); // the FX thread is busy: nothing drains its queue while the whole stream is read
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (delivered.get() < total) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(2);
        }

        assertEquals(StreamViewModel.MAX_POSTS, vm.postsWaitingForTheWindow());
        assertTrue(fx.size() <= 3, "one hand-over at a time, not one per Post: " + fx.size());
        untilFx(() -> !vm.activeProperty().get() || vm.posts().size() == StreamViewModel.MAX_POSTS);
        assertEquals(StreamViewModel.MAX_POSTS, vm.posts().size());
        assertTrue(vm.posts().get(vm.posts().size() - 1).contains("\"id\":\"" + total + "\""));
    }

    @Test
    void handedOverPerFrameThePostsWaitForTheNextFrame() throws Exception {
        StreamViewModel vm = console();
        opener = (request, options, events) -> lines(events, POST_1, POST_2);
        vm.handOverPerFrame(true);

        vm.connect();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (vm.postsWaitingForTheWindow() < 2) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(2);
        }
        assertTrue(vm.posts().isEmpty(), "nothing reaches the list between frames");
        assertTrue(fx.isEmpty(), "and no task waits on the FX thread for them: " + fx.size());

        vm.frame();
        assertEquals(2, vm.posts().size());
        vm.handOverPerFrame(false);
        untilFx(() -> true); // what arrives from now on is handed over by tasks again
    }

    @Test
    void postsAppearAreCountedAndSavedAsReceivedToNdjson() throws Exception {
        StreamViewModel vm = console();
        opener = (request, options, events) -> lines(events, POST_1, "", POST_2);
        Path file = folder.resolve("stream.ndjson");
        vm.recording().start(file);
        untilFx(() -> vm.recording().savingProperty().get());

        vm.connect();
        untilFx(() -> vm.posts().size() == 2);
        vm.tick();
        vm.recording().stop();
        untilFx(() -> vm.recording().statusProperty().get().startsWith("Saved"));

        assertEquals(List.of(POST_1, POST_2), vm.posts());
        assertTrue(vm.countersProperty().get().startsWith("2 Posts (0.0/s) · 1 keep-alives · "), vm.countersProperty().get());
        assertEquals(POST_1 + "\n" + POST_2 + "\n", Files.readString(file));
        assertEquals("Saved 2 Posts to stream.ndjson.", vm.recording().statusProperty().get());
        vm.stop();
    }

    @Test
    void aNewConnectionStartsTheListAndTheCountersTogether() throws Exception {
        StreamViewModel vm = console();
        opener = (request, options, events) -> lines(events, POST_1, POST_2);
        vm.connect();
        untilFx(() -> vm.posts().size() == 2);
        vm.stop();
        untilFx(() -> !vm.activeProperty().get());

        opener = (request, options, events) -> lines(events, POST_2);
        vm.connect();
        assertEquals(List.of(), vm.posts(), "the counters restart at 0, so the list does too");
        untilFx(() -> vm.posts().size() == 1);
        vm.tick();

        assertEquals(List.of(POST_2), vm.posts());
        assertTrue(vm.countersProperty().get().startsWith("1 Posts"), vm.countersProperty().get());
        vm.stop();
    }

    @Test
    void pausingFreezesTheListAndResumingCatchesUp() throws Exception {
        StreamViewModel vm = console();
        opener = (request, options, events) -> lines(events, POST_1, POST_2);
        vm.pausedProperty().set(true);

        vm.connect();
        untilFx(() -> vm.timeline().entries().size() >= 2);
        assertEquals(List.of(), vm.posts());

        vm.pausedProperty().set(false);
        assertEquals(List.of(POST_1, POST_2), vm.posts());
        vm.stop();
    }

    @Test
    void aRefusedConnectGoesToTheDiagnosisAndCountsDownToTheNextTry() throws Exception {
        StreamViewModel vm = console();
        opener = (request, options, events) -> status(503, "<html>busy</html>");

        vm.connect();
        untilFx(() -> vm.statusProperty().get().startsWith("Reconnecting in"));
        assertEquals("Reconnecting in 5 s — HTTP 503, attempt 2", vm.statusProperty().get());
        assertEquals(503, diagnosed.get(0).response().status());

        clock.advance(Duration.ofSeconds(3));
        vm.tick();
        assertEquals("Reconnecting in 2 s — HTTP 503, attempt 2", vm.statusProperty().get());

        vm.stop();
        untilFx(() -> !vm.activeProperty().get());
        assertEquals("You stopped the stream.", vm.statusProperty().get());
        assertTrue(scheduled.get(0).isCancelled());
    }

    @Test
    void noRulesStopsAndSaysWhyWithoutLooping() throws Exception {
        StreamViewModel vm = console();
        vm.urlProperty().set("{{baseUrl}}/2/tweets/search/stream");
        opener = (request, options, events) -> status(409, "{\"title\":\"ConnectionException\"}");

        vm.connect();
        untilFx(() -> !vm.activeProperty().get());

        assertTrue(vm.statusProperty().get().startsWith("Stopped: HTTP 409: the filtered stream has no rules"), vm.statusProperty().get());
        assertEquals(List.of(), scheduled);
    }

    @Test
    void aDisconnectLineIsDiagnosedAndTheGapExplainsAMissedPost() throws Exception {
        StreamViewModel vm = console();
        opener = (request, options, events) -> lines(events, POST_1, DISCONNECT);

        vm.connect();
        untilFx(() -> vm.statusProperty().get().startsWith("Reconnecting now"));
        assertTrue(diagnosed.get(0).response().body().text().contains("operational-disconnect"));
        clock.advance(Duration.ofSeconds(4));
        opener = (request, options, events) -> lines(events, POST_2);
        runScheduled();
        // the second Post, then that connection's end too: its gap is what the last line below reads
        untilFx(() -> vm.posts().size() == 2 && vm.statusProperty().get().startsWith("Reconnecting"));

        vm.timeline().whyDidIMissAPost();

        assertEquals(List.of("Why did I miss a Post?"), titles);
        assertEquals(List.of("missing-posts", "stream-connection"), shown.get(0).checklistIds());
        assertEquals(List.of("2026-11-24 10:00:00 UTC – 2026-11-24 10:00:04 UTC  (4.0 s)  operational-disconnect (OperationalDisconnect)",
                "2026-11-24 10:00:04 UTC – now  (0.0 s)  The server closed the stream."), vm.timeline().gaps(),
                "the canned second connection ended too, so the last gap is open");
        vm.stop();
    }

    @Test
    void aStallValueThatIsNotANumberIsOneSentenceAndNothingConnects() {
        StreamViewModel vm = console();
        opener = (request, options, events) -> {
            throw new AssertionError("connected");
        };
        vm.stallSecondsProperty().set("soon");

        vm.connect();

        assertTrue(vm.statusProperty().get().startsWith("Stall after must be a number of seconds"));
        assertFalse(vm.activeProperty().get());
        assertEquals("soon", vm.stallSecondsProperty().get());
    }
}
