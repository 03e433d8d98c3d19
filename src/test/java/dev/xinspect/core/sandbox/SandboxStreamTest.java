package dev.xinspect.core.sandbox;

import static dev.xinspect.core.sandbox.SandboxClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.stream.ConnectionSpan;
import dev.xinspect.core.stream.ReconnectPolicy;
import dev.xinspect.core.stream.Scheduler;
import dev.xinspect.core.stream.SessionState;
import dev.xinspect.core.stream.StreamClient;
import dev.xinspect.core.stream.StreamConnection;
import dev.xinspect.core.stream.StreamEvent;
import dev.xinspect.core.stream.StreamOpening;
import dev.xinspect.core.stream.StreamOptions;
import dev.xinspect.core.stream.StreamSession;
import java.time.Clock;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streams and rules over real HTTP: keep-alives, 409 without rules, one connection only, disconnects, full buffers on
 * either side, and xinspect's own stream client and session against them.
 */
class SandboxStreamTest {
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.startedByEachTest();

    private JsonNode addRules(String body, boolean dryRun) throws Exception {
        HttpResponse<String> response = running.client().appOnly("POST", "/2/tweets/search/stream/rules" + (dryRun ? "?dry_run=true" : ""), body);
        assertEquals(dryRun ? 200 : 201, response.statusCode(), response.body());
        return json(response);
    }

    private BufferedReader open(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(running.client().uri(path))
                .header("Authorization", "Bearer " + running.sandbox().credentials().bearerToken());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<InputStream> response = running.client().http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    // X's answer to a rule of negations only, as a client logged it (github.com/search: "Rules must contain a non-negation term";
    // title UnprocessableEntity, details naming the position).
    @Test
    void rulesXRefusesAreRefusedInXsShape() throws Exception {
        running.start(SandboxOptions.defaults());
        JsonNode answer = addRules("{\"add\":[{\"value\":\"-is:retweet\"},{\"value\":\"has:media lang:en\"},"
                + "{\"value\":\"cat -is:retweet\"}]}", false);
        assertEquals(1, answer.path("data").size());
        JsonNode negationOnly = answer.path("errors").get(0);
        assertEquals("UnprocessableEntity", negationOnly.path("title").asText());
        assertEquals("https://api.twitter.com/2/problems/invalid-rules", negationOnly.path("type").asText());
        assertTrue(negationOnly.path("details").get(0).asText().startsWith("Rules must contain a non-negation term"));
        assertTrue(answer.path("errors").get(1).path("details").get(0).asText().startsWith("is/has/lang cannot be used as a standalone operator"));
        assertEquals(2, answer.path("meta").path("summary").path("invalid").asInt());
    }

    @Test
    void rulesAreAddedCheckedForDuplicatesLengthSyntaxAndCapAndDeleted() throws Exception {
        running.start(SandboxOptions.defaults());
        JsonNode dry = addRules("{\"add\":[{\"value\":\"cat has:images\",\"tag\":\"cats\"}]}", true);
        assertEquals(0, dry.path("meta").path("summary").path("created").asInt());
        assertEquals("{\"meta\":{\"sent\":\"2026-11-24T10:00:00Z\",\"result_count\":0}}",
                running.client().appOnly("GET", "/2/tweets/search/stream/rules", null).body());

        JsonNode added = addRules("{\"add\":[{\"value\":\"cat has:images\",\"tag\":\"cats\"},{\"value\":\"(dog\"},"
                + "{\"value\":\"" + "x".repeat(513) + "\"}]}", false);
        assertEquals(1, added.path("data").size());
        assertEquals(List.of("https://api.twitter.com/2/problems/invalid-rules", "https://api.twitter.com/2/problems/rule-length"),
                List.of(added.path("errors").get(0).path("type").asText(), added.path("errors").get(1).path("type").asText()));

        JsonNode duplicate = addRules("{\"add\":[{\"value\":\"cat has:images\"}]}", false);
        assertEquals("https://api.twitter.com/2/problems/duplicate-rules", duplicate.path("errors").get(0).path("type").asText());

        JsonNode full = addRules("{\"add\":[{\"value\":\"a\"},{\"value\":\"b\"},{\"value\":\"c\"},{\"value\":\"d\"},{\"value\":\"e\"}]}", false);
        assertEquals("https://api.twitter.com/2/problems/rule-cap", full.path("errors").get(0).path("type").asText());

        String id = added.path("data").get(0).path("id").asText();
        HttpResponse<String> deleted = running.client().appOnly("POST", "/2/tweets/search/stream/rules", "{\"delete\":{\"ids\":[\"" + id + "\"]}}");
        assertEquals(1, json(deleted).path("meta").path("summary").path("deleted").asInt());
    }

    @Test
    void theFilteredStreamWithoutRulesIs409() throws Exception {
        running.start(SandboxOptions.defaults());

        HttpResponse<String> response = running.client().appOnly("GET", "/2/tweets/search/stream", null);

        assertEquals(409, response.statusCode());
        assertEquals("https://api.twitter.com/2/problems/streaming-connection", json(response).path("type").asText());
    }

    @Test
    void postsArriveWithMatchingRulesAndKeepAlivesBetweenThem() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(20), Duration.ofMillis(60)));
        addRules("{\"add\":[{\"value\":\"xinspect\",\"tag\":\"ours\"}]}", false);

        try (BufferedReader stream = open("/2/tweets/search/stream")) {
            int posts = 0;
            int keepAlives = 0;
            while (posts < 3 || keepAlives < 1) {
                String line = stream.readLine();
                if (line.isEmpty()) {
                    keepAlives++;
                } else {
                    JsonNode post = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                    assertTrue(post.path("data").path("id").asText().matches("\\d+"));
                    assertEquals("ours", post.path("matching_rules").get(0).path("tag").asText());
                    posts++;
                }
            }
        }
    }

    @Test
    void streamPostsCarryTheFieldsAndExpansionsAskedFor() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(5), Duration.ofMillis(60)));
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        JsonNode plain;
        try (BufferedReader stream = open("/2/tweets/sample/stream")) {
            plain = mapper.readTree(firstPost(stream));
        }
        JsonNode asked; // on the other stream: the sample stream's one connection may not be released yet
        addRules("{\"add\":[{\"value\":\"xinspect\"}]}", false);
        try (BufferedReader stream = open("/2/tweets/search/stream?tweet.fields=created_at,public_metrics,lang"
                + "&expansions=author_id&user.fields=description")) {
            asked = mapper.readTree(firstPost(stream));
        }

        assertEquals(List.of("id", "text", "edit_history_tweet_ids"), names(plain.path("data")));
        assertTrue(plain.path("includes").isMissingNode());
        assertTrue(asked.path("data").path("public_metrics").has("like_count"), asked.toString());
        assertEquals("en", asked.path("data").path("lang").asText());
        JsonNode author = asked.path("includes").path("users").get(0);
        // X's expansions page: ?expansions=author_id alone returns data.author_id beside includes.users.
        assertEquals(author.path("id").asText(), asked.path("data").path("author_id").asText(), "the expansion returns the ID it expands");
        assertEquals("xinspect_student", author.path("username").asText());
        assertTrue(author.has("description"));
    }

    private static String firstPost(BufferedReader stream) throws java.io.IOException {
        for (String line = stream.readLine(); line != null; line = stream.readLine()) {
            if (!line.isEmpty()) {
                return line;
            }
        }
        throw new AssertionError("the stream ended before a Post");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aSecondConnectionIsRefusedWithTooManyConnections() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(50), Duration.ofMillis(50)));

        try (BufferedReader first = open("/2/tweets/sample/stream")) {
            first.readLine();
            HttpResponse<String> second = running.client().appOnly("GET", "/2/tweets/sample/stream", null);

            assertEquals(429, second.statusCode());
            assertEquals("TooManyConnections", json(second).path("connection_issue").asText());
        }
    }

    @Test
    void operationalDisconnectScenarioEndsAfterFivePostsWithItsLine() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(5), Duration.ofMillis(10)));

        List<String> lines = new ArrayList<>();
        try (BufferedReader stream = open("/2/tweets/sample/stream", Scenarios.HEADER, "operational-disconnect")) {
            for (String line = stream.readLine(); line != null; line = stream.readLine()) {
                lines.add(line);
            }
        }

        assertEquals(6, lines.size());
        assertTrue(lines.get(5).contains("\"disconnect_type\":\"OperationalDisconnect\""));
        assertTrue(lines.get(5).contains("https://api.twitter.com/2/problems/operational-disconnect"));
    }

    @Test
    void clientDisconnectedScenarioSendsItsLineAndCloses() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(5), Duration.ofMillis(10)));

        List<String> lines = new ArrayList<>();
        try (BufferedReader stream = open("/2/tweets/sample/stream", Scenarios.HEADER, "client-disconnected")) {
            for (String line = stream.readLine(); line != null; line = stream.readLine()) {
                lines.add(line);
            }
        }

        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("https://api.twitter.com/2/problems/client-disconnected"));
    }

    @Test
    void aClientThatDoesNotReadIsCutOffWhenTheBufferFills() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(5), Duration.ZERO).withStreamBuffer(16));

        try (Socket slow = new Socket("127.0.0.1", running.sandbox().baseUri().getPort())) {
            OutputStream out = slow.getOutputStream();
            out.write(("GET /2/tweets/sample/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + running.sandbox().credentials().bearerToken() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The client reads nothing until the server has given up on it.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (running.sandbox().streamCutOffs() == 0) {
                assertTrue(System.nanoTime() < deadline, "the slow client was never cut off");
                Thread.onSpinWait();
            }
            // What it was sent before the cut is finite: reading reaches the end of the connection.
            slow.setSoTimeout(10_000);
            InputStream in = slow.getInputStream();
            long received = 0;
            try {
                for (int n = in.read(new byte[65_536]); n >= 0; n = in.read(new byte[65_536])) {
                    received += n;
                }
            } catch (java.net.SocketException reset) {
                // a reset is how some kernels report the cut
            }
            assertTrue(received > 0, "the stream had started before the cut");
        }
        HttpResponse<InputStream> again = running.client().http.send(HttpRequest.newBuilder(running.client().uri("/2/tweets/sample/stream"))
                .header("Authorization", "Bearer " + running.sandbox().credentials().bearerToken()).build(), HttpResponse.BodyHandlers.ofInputStream());
        again.body().close();
        assertEquals(200, again.statusCode(), "the stream is free again after the cut");
    }

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private SentRequest streamRequest(String path, String... headers) {
        Headers all = Headers.of("Authorization", "Bearer " + running.sandbox().credentials().bearerToken());
        for (int i = 0; i < headers.length; i += 2) {
            all = all.with(headers[i], headers[i + 1]);
        }
        return SentRequest.of("GET", running.sandbox().baseUri() + path, all);
    }

    private long count(StreamEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    private void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> {
                List<StreamEvent> seen = List.copyOf(events);
                return "timed out; " + seen.size() + " events, the last: " + seen.subList(Math.max(0, seen.size() - 5), seen.size());
            });
            Thread.sleep(5);
        }
    }

    @Test
    void theSlowTrickleScenarioSendsKeepAlivesOftenEnoughNeverToStall() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofMillis(50), Duration.ofSeconds(30)).withScenario("slow-trickle"));
        StreamClient streams = new StreamClient(running.client().http, Clock.systemUTC(), scheduler);
        StreamConnection connection = assertInstanceOf(StreamOpening.Opened.class, streams.open(streamRequest("/2/tweets/sample/stream"),
                StreamOptions.defaults().withStallAfter(Duration.ofMillis(400)), events::add)).connection();

        // 1.5 s with Posts every 150 ms and keep-alives every 50 ms: many stall windows of 400 ms go by.
        waitFor(() -> count(StreamEvent.Kind.KEEP_ALIVE) >= 30 && count(StreamEvent.Kind.POST) >= 3);

        assertEquals(0, count(StreamEvent.Kind.STALLED));
        assertEquals(0, count(StreamEvent.Kind.CLOSED));
        connection.close();
    }

    @Test
    void aSlowConsumerLosesLinesOnItsOwnSideCountedButTheServerNeverCutsItOff() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(5), Duration.ofMillis(1)));
        StreamClient streams = new StreamClient(running.client().http, Clock.systemUTC(), scheduler);
        CountDownLatch release = new CountDownLatch(1);
        StreamConnection connection = assertInstanceOf(StreamOpening.Opened.class, streams.open(streamRequest("/2/tweets/sample/stream"),
                new StreamOptions(Duration.ofSeconds(20), 8, 1024 * 1024), event -> {
                    if (event.kind() == StreamEvent.Kind.POST && release.getCount() > 0) {
                        try {
                            release.await(); // processing is stuck; the reader thread keeps reading
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    events.add(event);
                })).connection();

        waitFor(() -> connection.stats().droppedLines() > 20);
        release.countDown();
        long before = count(StreamEvent.Kind.POST);
        waitFor(() -> count(StreamEvent.Kind.POST) > before + 20);

        assertEquals(0, running.sandbox().streamCutOffs(), "the reader kept reading, so the server never saw a slow client");
        assertEquals(0, count(StreamEvent.Kind.CLOSED));
        connection.close();
    }

    @Test
    void theSessionReconnectsAfterAnOperationalDisconnect() throws Exception {
        running.start(SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(5), Duration.ofMillis(10)));
        StreamClient streams = new StreamClient(running.client().http, Clock.systemUTC(), scheduler);
        List<ConnectionSpan> spans = new CopyOnWriteArrayList<>();
        List<SessionState> states = new CopyOnWriteArrayList<>();
        StreamSession session = new StreamSession(streams::open,
                () -> streamRequest("/2/tweets/sample/stream", Scenarios.HEADER, "operational-disconnect"),
                StreamOptions.defaults(), new ReconnectPolicy(), Duration.ofSeconds(30), Clock.systemUTC(),
                Scheduler.of(scheduler), scheduler, new StreamSession.Listener() {
                    @Override
                    public void event(StreamEvent event) {
                        events.add(event);
                    }

                    @Override
                    public void state(SessionState state) {
                        states.add(state);
                    }

                    @Override
                    public void ended(ConnectionSpan span) {
                        spans.add(span);
                    }

                    @Override
                    public void refused(dev.xinspect.core.http.Exchange exchange, ReconnectPolicy.Verdict verdict) {
                        throw new AssertionError("refused: " + exchange.response());
                    }
                });
        session.start();

        waitFor(() -> count(StreamEvent.Kind.CONNECTED) >= 3);
        session.stop();

        List<ConnectionSpan> ended = List.copyOf(spans); // a last span may still arrive after stop()
        assertEquals(List.of(5L, 5L), ended.subList(0, 2).stream().map(ConnectionSpan::posts).toList());
        assertEquals("operational-disconnect (OperationalDisconnect)", ended.get(0).endReason());
        List<Duration> waits = List.copyOf(states).stream().filter(s -> s instanceof SessionState.Waiting)
                .map(s -> ((SessionState.Waiting) s).delay()).toList();
        assertEquals(List.of(Duration.ZERO, Duration.ofMillis(250)), waits.subList(0, 2),
                "at once after the first drop; a connection that ends within seconds counts as a failed try");
        assertTrue(count(StreamEvent.Kind.POST) >= 10);
    }
}
