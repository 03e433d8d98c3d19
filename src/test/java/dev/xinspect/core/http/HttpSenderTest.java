package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every network fault the sender must survive, each against a real server on 127.0.0.1: the kind of failure, a
 * message of one plain sentence with no secret in it, and the request as sent kept in the exchange.
 */
class HttpSenderTest {
    private static final String BEARER = "AAAAAAAAAAAAAAAAAAAAAcanaryBearerToken0001";
    private static final String QUERY_SECRET = "canary-query-secret-0002";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final String JSON = "{\"data\":{\"id\":\"2244994945\",\"username\":\"XDevelopers\"}}";

    private static SelfSignedTls tls;
    private final List<HttpClient> clients = new ArrayList<>();
    private final List<AutoCloseable> servers = new ArrayList<>();

    @BeforeAll
    static void makeCertificate(@TempDir Path dir) throws Exception {
        tls = SelfSignedTls.create(dir);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
        clients.forEach(HttpClient::shutdownNow);
    }

    @Test
    void a200JsonResponseIsRecordedWithTheRequestAsSent() throws Exception {
        ScriptedServer server = serve(c -> c.respond(200, "application/json", JSON));
        SentRequest request = get(server, "/2/users/me?user.fields=created_at");

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertNull(exchange.failure());
        assertEquals(200, exchange.response().status());
        assertEquals(JSON, exchange.response().body().text());
        assertEquals("application/json", exchange.response().mediaType());
        assertEquals("HTTP/1.1", exchange.response().httpVersion());
        assertEquals(request.url(), exchange.request().url());
        assertEquals(List.of(new Header("Authorization", "Bearer " + BEARER), new Header("User-Agent", "xinspect-test"),
                new Header("Accept-Encoding", "gzip, deflate")), exchange.request().headers().list());
        ScriptedServer.Received received = server.requests().get(0);
        assertEquals("/2/users/me?user.fields=created_at", received.target());
        assertEquals(List.of("Bearer " + BEARER), received.headers().all("authorization"));
        assertEquals(CLOCK.instant(), exchange.startedAt());
        assertTrue(exchange.timings().toHeaders().compareTo(exchange.timings().total()) <= 0);
        assertEquals(List.of(), exchange.redirects());
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws Exception {
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(json);
        }
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
            out.write(json);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            out.write(json);
        }
        ScriptedServer server = serve(c -> {
            byte[] body = switch (c.request.target()) {
                case "/gzip" -> gzip.toByteArray();
                case "/deflate" -> zlib.toByteArray();
                default -> raw.toByteArray();
            };
            String coding = c.request.target().equals("/gzip") ? "gzip" : "deflate";
            c.respond(200, Headers.of("Content-Type", "application/json", "Content-Encoding", coding), body);
        });
        HttpSender sender = sender(Duration.ofSeconds(5), Duration.ofSeconds(5));

        for (String path : List.of("/gzip", "/deflate", "/raw-deflate")) {
            Exchange exchange = sender.send(get(server, path));
            assertEquals(JSON, exchange.response().body().text(), path);
        }
        assertEquals(List.of("gzip, deflate"), server.requests().get(0).headers().all("accept-encoding"));
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        SentRequest request = request("http://127.0.0.1:" + port + "/2/users/me?access_token=" + QUERY_SECRET);

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.REFUSED, "Nothing is listening on 127.0.0.1:" + port + " (connection refused).",
                request, exchange);
    }

    /**
     * {@code .invalid} never resolves (RFC 2606 §2, RFC 6761 §6.4). Measured here without internet: 1–16 ms (the
     * local resolver answers at once), so the real resolver is used; a machine whose resolver waits for a DNS server
     * that never answers would make this slow, and the last assertion says so.
     */
    @Test
    void anUnresolvableHostIsADnsFailureNotARefusal() throws Exception {
        SentRequest request = request("https://xinspect-test.invalid/2/users/me?access_token=" + QUERY_SECRET);
        long started = System.nanoTime();

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.DNS, "The host name xinspect-test.invalid could not be resolved (DNS).",
                request, exchange);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "resolving a .invalid name took " + took
                + " on this machine: its resolver waits for an unreachable DNS server");
    }

    @Test
    void aSelfSignedCertificateFailsTheHandshakeAndVerificationStaysOn() throws Exception {
        ScriptedServer server = track(ScriptedServer.tls(tls.server(), c -> c.respond(200, "application/json", JSON)));
        SentRequest request = request(server.uri("https", "/2/users/me").toString());

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.TLS, "The TLS certificate of 127.0.0.1:" + server.port() + " could not be "
                + "verified (self-signed, expired, or issued for another name), and verification stays on.", request, exchange);
        // The same server with a client that trusts its certificate answers: the failure above is the trust, nothing else.
        HttpClient trusting = track(HttpSender.clientBuilder(Duration.ofSeconds(5)).sslContext(tls.trustingClient()).build());
        Exchange trusted = new HttpSender(trusting, Duration.ofSeconds(5), CLOCK, "xinspect-test").send(request);
        assertEquals(200, trusted.response().status());
        assertEquals("HTTP/1.1", trusted.response().httpVersion());
    }

    @Test
    void httpsToAPlainHttpServerIsATlsFailureThatSaysSo() throws Exception {
        // A ClientHello is not HTTP, so this plain server answers it the way any HTTP server would: 400.
        ServerSocket raw = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(raw);
        Thread answerer = new Thread(() -> {
            // Every connection gets the same answer: the client may retry a handshake that ended in an EOF, and a
            // retry left unanswered in the backlog would end as a connect timeout instead of the TLS failure.
            while (!raw.isClosed()) {
                try (Socket socket = raw.accept()) {
                    // Read the whole ClientHello record (5-byte header, then its length) before answering, and
                    // close cleanly: closing with unread input would reset the connection instead of showing the
                    // client a non-TLS answer.
                    java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
                    byte[] header = new byte[5];
                    in.readFully(header);
                    in.readFully(new byte[((header[3] & 0xFF) << 8) | (header[4] & 0xFF)]);
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    socket.shutdownOutput();
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // the client hung up, or the test closed the server
                }
            }
        });
        answerer.setDaemon(true);
        answerer.start();
        SentRequest request = request("https://127.0.0.1:" + raw.getLocalPort() + "/2/users/me");

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.TLS, "127.0.0.1:" + raw.getLocalPort() + " did not answer in TLS, so it is "
                + "probably a plain http:// server.", request, exchange);
    }

    /**
     * Linux accepts backlog + 1 connections into a listening socket's full queue and then drops further SYNs
     * (tcp_abort_on_overflow = 0), so the next connect hangs: a connect timeout with no firewall. Other systems
     * may answer with a RST instead; the test then cannot make a timeout and says so.
     */
    @Test
    void aListenerWithAFullBacklogTimesOutTheConnect() throws Exception {
        ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        servers.add(listener);
        List<Socket> fillers = new ArrayList<>();
        boolean full = false;
        for (int i = 0; i < 50 && !full; i++) {
            Socket filler = new Socket();
            fillers.add(filler);
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 200);
            } catch (SocketTimeoutException e) {
                full = true;
            } catch (IOException e) {
                break;
            }
        }
        fillers.forEach(s -> servers.add(s));
        Assumptions.assumeTrue(full, "this system refuses instead of dropping SYNs when the backlog is full");
        SentRequest request = request("http://127.0.0.1:" + listener.getLocalPort() + "/2/users/me");
        HttpClient client = track(HttpSender.clientBuilder(Duration.ofMillis(300)).build());

        Exchange exchange = new HttpSender(client, Duration.ofSeconds(5), CLOCK, "xinspect-test").send(request);

        assertFailure(TransportFailure.Kind.CONNECT_TIMEOUT, "Connecting to 127.0.0.1:" + listener.getLocalPort()
                + " timed out: nothing answered the connection request in time.", request, exchange);
    }

    @Test
    void headersThatNeverComeAreAResponseTimeout() throws Exception {
        ScriptedServer server = serve(ScriptedServer.Connection::holdUntilClosed);
        SentRequest request = get(server, "/2/users/me");

        Exchange exchange = sender(Duration.ofMillis(300), Duration.ofSeconds(30)).send(request);

        assertFailure(TransportFailure.Kind.RESPONSE_TIMEOUT, "127.0.0.1:" + server.port()
                + " accepted the connection but sent no response headers in time.", request, exchange);
        assertNull(exchange.timings().toHeaders());
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsCutByTheIdleWatchdog() throws Exception {
        CountDownLatch clientHungUp = new CountDownLatch(1);
        ScriptedServer server = serve(c -> {
            c.head(200, Headers.of("Content-Type", "application/json", "Content-Length", "1000"));
            c.write("{\"data\":[".getBytes(StandardCharsets.UTF_8));
            if (c.in.read() < 0) { // blocks until the client closes the connection
                clientHungUp.countDown();
            }
        });
        SentRequest request = get(server, "/2/tweets/search/recent");
        long started = System.nanoTime();

        // The response timeout is long: only the watchdog can end this in time.
        Exchange exchange = sender(Duration.ofSeconds(30), Duration.ofMillis(300)).send(request);

        assertFailure(TransportFailure.Kind.BODY_STALLED, "127.0.0.1:" + server.port() + " sent the headers and 9 bytes "
                + "of the body, then nothing for 0.3 s, so xinspect stopped waiting.", request, exchange);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0);
        assertNotNull(exchange.timings().toHeaders());
        assertTrue(exchange.timings().total().compareTo(exchange.timings().toHeaders().plusMillis(300)) >= 0);
        assertTrue(clientHungUp.await(5, TimeUnit.SECONDS), "the stalled connection was closed, not left open");
    }

    @Test
    void theIdleLimitDefaultsToTheResponseTimeout() throws Exception {
        ScriptedServer server = serve(c -> {
            c.head(200, Headers.of("Content-Type", "application/json", "Content-Length", "1000"));
            c.holdUntilClosed();
        });

        Exchange exchange = new HttpSender(client(), Duration.ofMillis(400), CLOCK, "xinspect-test").send(get(server, "/x"));

        assertEquals(TransportFailure.Kind.BODY_STALLED, exchange.failure().kind());
        assertTrue(exchange.failure().message().contains("then nothing for 0.4 s"), exchange.failure().message());
    }

    @Test
    void aSlowButSteadyBodyIsNeverCut() throws Exception {
        ScriptedServer server = serve(c -> {
            c.head(200, Headers.of("Content-Type", "text/plain", "Content-Length", "200"));
            for (int i = 0; i < 20; i++) {
                c.pause(Duration.ofMillis(75));
                c.write("0123456789".getBytes(StandardCharsets.UTF_8));
            }
        });

        // Each gap (75 ms) is well inside the idle limit; the whole body (1.5 s) is not.
        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofMillis(600)).send(get(server, "/slow"));

        assertNull(exchange.failure());
        assertEquals("0123456789".repeat(20), exchange.response().body().text());
        Timings timings = exchange.timings();
        // The headers come at once, the total counts to the last byte.
        assertTrue(timings.total().compareTo(Duration.ofMillis(1500)) >= 0, timings.toString());
        assertTrue(timings.toHeaders().compareTo(Duration.ofMillis(1000)) < 0, timings.toString());
    }

    @Test
    void aResetBeforeTheResponseIsAReset() throws Exception {
        ScriptedServer server = serve(ScriptedServer.Connection::reset);
        SentRequest request = get(server, "/2/users/me");

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.RESET, "The connection to 127.0.0.1:" + server.port()
                + " was reset (TCP RST) before the response was complete.", request, exchange);
    }

    @Test
    void aResetInTheMiddleOfTheBodyIsAReset() throws Exception {
        ScriptedServer server = serve(c -> {
            c.head(200, Headers.of("Content-Type", "application/json", "Content-Length", "1000"));
            c.write(new byte[200]);
            c.reset();
        });
        SentRequest request = get(server, "/2/users/me");

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertEquals(TransportFailure.Kind.RESET, exchange.failure().kind(), exchange.failure().detail());
        assertFailure(TransportFailure.Kind.RESET, exchange.failure().message(), request, exchange);
        assertTrue(exchange.failure().message().startsWith("The connection to 127.0.0.1:" + server.port()
                + " was reset (TCP RST) after "), exchange.failure().message());
    }

    @Test
    void aServerClosingMidBodyIsATruncation() throws Exception {
        ScriptedServer server = serve(c -> {
            c.head(200, Headers.of("Content-Type", "application/json", "Content-Length", "1000"));
            c.write(new byte[100]);
            c.close();
        });
        SentRequest request = get(server, "/2/users/me");

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.TRUNCATED, "127.0.0.1:" + server.port() + " closed the connection after "
                + "100 bytes of 1,000 bytes of the body, before it was complete.", request, exchange);
    }

    @Test
    void aServerClosingBeforeAnyResponseIsATruncation() throws Exception {
        ScriptedServer server = serve(ScriptedServer.Connection::close);
        SentRequest request = get(server, "/2/users/me");

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.TRUNCATED, "127.0.0.1:" + server.port()
                + " closed the connection before sending a complete response.", request, exchange);
    }

    @Test
    void aTwentyMegabyteBodyArrivesWhole() throws Exception {
        byte[] body = new byte[20 * 1024 * 1024];
        new Random(418).nextBytes(body);
        ScriptedServer server = serve(c -> c.respond(200, Headers.of("Content-Type", "application/octet-stream"), body));

        Exchange exchange = sender(Duration.ofSeconds(10), Duration.ofSeconds(10)).send(get(server, "/big"));

        assertNull(exchange.failure());
        assertArrayEquals(body, exchange.response().body().bytes());
    }

    @Test
    void http2IsPreferredAndTheVersionUsedIsRecorded() throws Exception {
        ScriptedServer server = serve(c -> H2cResponder.answerJson(c, JSON));

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(get(server, "/2/users/me"));

        assertEquals("h2c", server.requests().get(0).headers().first("upgrade").orElse(""));
        assertEquals(200, exchange.response().status());
        assertEquals("HTTP/2", exchange.response().httpVersion());
        assertEquals(JSON, exchange.response().body().text());
    }

    @Test
    void aPostWithABodyReachesAnHttp11ServerWhileHttp2IsPreferred() throws Exception {
        ScriptedServer server = serve(c -> c.respond(201, "application/json", c.request.bodyText()));
        SentRequest request = new SentRequest("POST", server.uri("/2/tweets").toString(),
                Headers.of("Content-Type", "application/json"), Body.ofText("{\"text\":\"hello\"}"));

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertEquals(201, exchange.response().status());
        assertEquals("{\"text\":\"hello\"}", exchange.response().body().text());
        assertEquals("HTTP/1.1", exchange.response().httpVersion());
        assertEquals("POST", server.requests().get(0).method());
    }

    @Test
    void aHeaderValueWithALineBreakIsRefusedWithoutQuotingIt() {
        SentRequest request = SentRequest.of("GET", "http://127.0.0.1:9/x", Headers.of("X-Token", "canary\r\nInjected: yes"));

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.INVALID_URL, "The header X-Token cannot be sent: its name or value holds a "
                + "character HTTP does not allow, such as a line break.", exchange.request(), exchange);
    }

    @Test
    void aUrlThatDoesNotParseIsRefusedWithoutQuotingIt() {
        SentRequest request = SentRequest.of("GET", "https://api.x.com/2/users/me?token=canary secret", Headers.EMPTY);

        Exchange exchange = sender(Duration.ofSeconds(5), Duration.ofSeconds(5)).send(request);

        assertFailure(TransportFailure.Kind.INVALID_URL, "The URL is not valid: illegal character in query at character 42.",
                exchange.request(), exchange);
    }

    private void assertFailure(TransportFailure.Kind kind, String message, SentRequest request, Exchange exchange) {
        assertNull(exchange.response());
        assertNotNull(exchange.failure(), "expected a failure");
        assertEquals(kind, exchange.failure().kind(), exchange.failure().message() + " / " + exchange.failure().detail());
        assertEquals(message, exchange.failure().message());
        assertPlainSentence(exchange.failure().message());
        assertFalse(exchange.failure().detail().contains("\n"), exchange.failure().detail());
        for (String secret : List.of(BEARER, QUERY_SECRET, "canary")) {
            assertFalse(exchange.failure().message().contains(secret), exchange.failure().message());
            assertFalse(exchange.failure().detail().contains(secret), exchange.failure().detail());
        }
        assertEquals(request.method(), exchange.request().method());
        assertEquals(request.url(), exchange.request().url());
        assertTrue(exchange.request().headers().list().containsAll(request.headers().list()));
        assertEquals(CLOCK.instant(), exchange.startedAt());
    }

    /** One sentence: a capital first, a full stop last, no full stop (or line) between, no exception name. */
    static void assertPlainSentence(String message) {
        assertTrue(Character.isUpperCase(message.charAt(0)) || Character.isDigit(message.charAt(0)), message);
        assertTrue(message.endsWith("."), message);
        assertFalse(message.substring(0, message.length() - 1).contains(". "), message);
        assertFalse(message.contains("\n") || message.contains("Exception") || message.contains("\tat "), message);
    }

    private SentRequest get(ScriptedServer server, String path) {
        return request(server.uri(path).toString());
    }

    private static SentRequest request(String url) {
        return SentRequest.of("GET", url, Headers.of("Authorization", "Bearer " + BEARER, "User-Agent", "xinspect-test"));
    }

    private ScriptedServer serve(ScriptedServer.Script script) throws IOException {
        return track(ScriptedServer.start(script));
    }

    private <T extends AutoCloseable> T track(T server) {
        servers.add(server);
        return server;
    }

    private HttpClient track(HttpClient client) {
        clients.add(client);
        return client;
    }

    private HttpClient client() {
        return track(HttpSender.defaultClient(Duration.ofSeconds(5)));
    }

    private HttpSender sender(Duration responseTimeout, Duration idle) {
        return new HttpSender(client(), responseTimeout, idle, true, CLOCK, "xinspect-test");
    }
}
