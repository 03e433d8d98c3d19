package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keep-alives that stop on a real socket: the watchdog ends the connection and the session opens a new one. */
class StreamSessionNetworkTest {
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    private final List<ConnectionSpan> spans = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        done.countDown();
        server.stop(0);
        scheduler.shutdownNow();
    }

    @Test
    void whenKeepAlivesStopTheConnectionStallsAndIsReopened() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/2/tweets/sample/stream", exchange -> {
            int number = connections.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            // The first connection sends one keep-alive, then nothing: headers came, the body stalls.
            String lines = number == 1 ? "\r\n" : "{\"data\":{\"id\":\"1\",\"text\":\"back\"}}\r\n{\"data\":{\"id\":\"2\",\"text\":\"again\"}}\r\n";
            out.write(lines.getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        StreamClient client = new StreamClient(HttpClient.newHttpClient(), Clock.systemUTC(), scheduler);
        StreamSession session = new StreamSession(client::open, () -> SentRequest.of("GET", "http://127.0.0.1:"
                + server.getAddress().getPort() + "/2/tweets/sample/stream", Headers.EMPTY),
                StreamOptions.defaults().withStallAfter(Duration.ofMillis(300)), new ReconnectPolicy(), Duration.ofSeconds(30),
                Clock.systemUTC(), Scheduler.of(scheduler), scheduler, new StreamSession.Listener() {
                    @Override
                    public void event(StreamEvent event) {
                        events.add(event);
                    }

                    @Override
                    public void state(SessionState state) {
                    }

                    @Override
                    public void ended(ConnectionSpan span) {
                        spans.add(span);
                    }

                    @Override
                    public void refused(Exchange exchange, ReconnectPolicy.Verdict verdict) {
                        throw new AssertionError(verdict.reason());
                    }
                });

        session.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events.stream().filter(e -> e.kind() == StreamEvent.Kind.POST).count() < 2) {
            assertTrue(System.nanoTime() < deadline, () -> "no reconnect: " + events);
            Thread.sleep(5);
        }
        session.stop();

        assertEquals(2, connections.get());
        assertEquals(List.of(StreamEvent.Kind.CONNECTED, StreamEvent.Kind.KEEP_ALIVE, StreamEvent.Kind.STALLED,
                StreamEvent.Kind.CLOSED, StreamEvent.Kind.CONNECTED), events.stream().map(StreamEvent::kind).toList().subList(0, 5));
        assertTrue(spans.get(0).endReason().contains("stalled"), spans.get(0).endReason());
    }
}
