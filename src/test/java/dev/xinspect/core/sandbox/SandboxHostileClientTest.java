package dev.xinspect.core.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that stall, flood or send too much cannot take the sandbox down: a body over the limit is refused with 413
 * before it is read (a 2 GB body used to run it out of memory), an unauthenticated body is never read, and stalled
 * connections are cut off at the request time limit while others are still answered.
 */
class SandboxHostileClientTest {
    private Sandbox sandbox;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** Sends headers announcing {@code length} bytes and no body; returns the status line the sandbox answers. */
    private String announce(String headers, long length) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", sandbox.baseUri().getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /2/tweets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    @Test
    void aTwoGigabyteBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        String bearer = "Authorization: Bearer " + sandbox.credentials().bearerToken() + "\r\n";
        assertTrue(announce(bearer, 2_150_000_000L).startsWith("HTTP/1.1 413 "));
    }

    @Test
    void aCallerWithoutCredentialsIsRefusedWithoutItsBodyBeingRead() throws Exception {
        assertEquals("HTTP/1.1 401 Unauthorized", announce("", 500_000));
    }

    @Test
    void aFloodOfHeadersIsRefused() throws Exception {
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            flood.append("X-Flood-").append(i).append(": ").append("v".repeat(40)).append("\r\n");
        }
        String status;
        try {
            status = announce(flood.toString(), 0);
        } catch (java.net.SocketException reset) {
            status = ""; // the sandbox closed the connection while the flood was still being sent
        }
        assertTrue(status.isEmpty() || status.startsWith("HTTP/1.1 4"), status); // refused, or the connection closed
        assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/2/openapi.json")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the sandbox still answers");
    }

    @Test
    void stalledConnectionsAreCutOffAndOthersStillAnswered() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) { // half a request each, then nothing
                Socket socket = new Socket("127.0.0.1", sandbox.baseUri().getPort());
                socket.getOutputStream().write("GET /2/users/me HTTP/1.1\r\nHost: 12".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            long start = System.nanoTime();
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/2/openapi.json"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, answer.statusCode());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20));

            Socket first = stalled.get(0);
            first.setSoTimeout(20_000);
            assertEquals(-1, first.getInputStream().read(), "a stalled connection is closed at the request time limit");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }
}
