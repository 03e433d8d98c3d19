package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.sandbox.Scenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the sandbox's streams: Posts and keep-alives, stalls, disconnect lines, 409 and 429 on connect. */
class StreamClientTest {
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    private Sandbox sandbox;
    private StreamClient client;

    private void start(SandboxOptions options) throws Exception {
        sandbox = Sandbox.start(options);
        client = new StreamClient(HttpClient.newHttpClient(), Clock.systemUTC(), scheduler);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        scheduler.shutdownNow();
    }

    private SentRequest request(String path, String... extraHeaders) {
        Headers headers = Headers.of("Authorization", "Bearer " + sandbox.credentials().bearerToken());
        for (int i = 0; i < extraHeaders.length; i += 2) {
            headers = headers.with(extraHeaders[i], extraHeaders[i + 1]);
        }
        return SentRequest.of("GET", sandbox.baseUri() + path, headers);
    }

    private long count(StreamEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out; events: " + events);
            Thread.onSpinWait();
            Thread.sleep(5);
        }
    }

    @Test
    void postsAndKeepAlivesAreCountedAsTheyArrive() throws Exception {
        start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(20), Duration.ofMillis(30)));
        StreamOpening opening = client.open(request("/2/tweets/sample/stream"), StreamOptions.defaults(), events::add);
        StreamConnection connection = assertInstanceOf(StreamOpening.Opened.class, opening).connection();

        waitFor(() -> count(StreamEvent.Kind.POST) >= 5 && count(StreamEvent.Kind.KEEP_ALIVE) >= 2);
        connection.close();

        assertTrue(connection.awaitClosed(Duration.ofSeconds(5)));
        StreamStats stats = connection.stats();
        assertTrue(stats.posts() >= 5 && stats.keepAlives() >= 2 && stats.bytes() > 0, stats.toString());
        assertEquals(StreamEvent.Kind.CONNECTED, events.get(0).kind());
        assertEquals(StreamEvent.Kind.CLOSED, events.get(events.size() - 1).kind());
        assertEquals("You closed the stream.", events.get(events.size() - 1).note());
    }

    @Test
    void silenceLongerThanTheStallLimitEndsTheConnection() throws Exception {
        start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(30), Duration.ofSeconds(30)).withScenario("slow-trickle"));
        StreamOpening opening = client.open(request("/2/tweets/sample/stream"), StreamOptions.defaults().withStallAfter(Duration.ofMillis(400)),
                events::add);
        StreamConnection connection = assertInstanceOf(StreamOpening.Opened.class, opening).connection();

        assertTrue(connection.awaitClosed(Duration.ofSeconds(10)));

        assertEquals(1, count(StreamEvent.Kind.STALLED));
        assertTrue(events.get(events.size() - 1).note().contains("stalled"));
    }

    @Test
    void keepAlivesAloneAreNotAStall() throws Exception {
        start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(50), Duration.ofSeconds(30)));
        StreamOpening opening = client.open(request("/2/tweets/sample/stream"), StreamOptions.defaults().withStallAfter(Duration.ofMillis(400)),
                events::add);
        StreamConnection connection = assertInstanceOf(StreamOpening.Opened.class, opening).connection();

        waitFor(() -> count(StreamEvent.Kind.KEEP_ALIVE) >= 20);

        assertEquals(0, count(StreamEvent.Kind.STALLED));
        connection.close();
    }

    @Test
    void anOperationalDisconnectLineIsReportedWithItsJson() throws Exception {
        start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(5), Duration.ofMillis(10)));
        StreamOpening opening = client.open(request("/2/tweets/sample/stream", Scenarios.HEADER, "operational-disconnect"),
                StreamOptions.defaults(), events::add);
        StreamConnection connection = assertInstanceOf(StreamOpening.Opened.class, opening).connection();

        assertTrue(connection.awaitClosed(Duration.ofSeconds(10)));

        assertEquals(5, count(StreamEvent.Kind.POST));
        StreamEvent disconnect = events.stream().filter(e -> e.kind() == StreamEvent.Kind.DISCONNECT_MESSAGE).findFirst().orElseThrow();
        assertTrue(disconnect.json().contains("operational-disconnect"));
        assertEquals("operational-disconnect (OperationalDisconnect)", disconnect.note());
    }

    @Test
    void connectingWithoutRulesOrTwiceGivesAnExchangeToDiagnose() throws Exception {
        start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(50), Duration.ofMillis(50)));

        Exchange noRules = assertInstanceOf(StreamOpening.Refused.class,
                client.open(request("/2/tweets/search/stream"), StreamOptions.defaults(), events::add)).exchange();
        assertEquals(409, noRules.response().status());

        StreamConnection first = assertInstanceOf(StreamOpening.Opened.class,
                client.open(request("/2/tweets/sample/stream"), StreamOptions.defaults(), events::add)).connection();
        Exchange second = assertInstanceOf(StreamOpening.Refused.class,
                client.open(request("/2/tweets/sample/stream"), StreamOptions.defaults(), e -> { })).exchange();
        assertEquals(429, second.response().status());
        assertTrue(second.response().body().text().contains("TooManyConnections"));
        first.close();
    }

    @Test
    void postsMatchingFilteredRulesArrive() throws Exception {
        start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(50), Duration.ofMillis(20)));
        HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUri()
                + "/2/tweets/search/stream/rules")).header("Authorization", "Bearer " + sandbox.credentials().bearerToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"add\":[{\"value\":\"xinspect\",\"tag\":\"t\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, added.statusCode());

        StreamConnection connection = assertInstanceOf(StreamOpening.Opened.class,
                client.open(request("/2/tweets/search/stream"), StreamOptions.defaults(), events::add)).connection();
        waitFor(() -> count(StreamEvent.Kind.POST) >= 3);
        connection.close();

        assertTrue(events.stream().filter(e -> e.kind() == StreamEvent.Kind.POST).allMatch(e -> e.json().contains("\"matching_rules\"")));
    }
}
