package dev.xinspect.core.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The limits of xinspect's own HTTP servers on loopback (the sandbox, the OAuth redirect listener), which a slow,
 * stalled or hostile client must not exhaust: a bounded pool of handler threads (past it a connection is closed, not
 * queued without end), a time within which a request's line, headers and body must all arrive (a client that stalls
 * half-way is cut off, not waited for), a cap on header lines, and a body size answered with 413 before it is read. The JDK server reads its timeouts from system properties
 * once, when its first server starts, so {@link #apply} runs before either server is created.
 */
public final class ServerLimits {
    /** Seconds for a request's line, headers and body together; a loopback client that needs more is stuck. */
    public static final int REQUEST_SECONDS = 10;
    /** Header lines per request: X's own requests send about a dozen; the JDK allows 200. */
    public static final int MAX_HEADER_LINES = 100;
    /** Bytes of header section per request (the JDK default of 380 KB is 400 times what a request here needs). */
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    private ServerLimits() {
    }

    /** Sets the JDK server's limits unless the user set them on the command line; idempotent. */
    public static void apply() {
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setIfAbsent("sun.net.httpserver.maxReqHeaders", Integer.toString(MAX_HEADER_LINES));
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES));
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /**
     * At most {@code threads} handlers at once, as many more waiting; past that the JDK server closes the new
     * connection (it catches the rejection). Daemon threads named {@code name-N}.
     */
    public static ExecutorService pool(String name, int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads), Thread.ofPlatform().daemon().name(name + "-", 1).factory());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** True when the request's Content-Length says more than {@code maxBytes}: refuse it before reading a byte. */
    public static boolean declaresMoreThan(HttpExchange exchange, long maxBytes) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return length != null && (!length.trim().matches("\\d{1,18}") || Long.parseLong(length.trim()) > maxBytes);
    }

    /** True when a body follows the headers (a length above 0, or chunked). */
    public static boolean hasBody(HttpExchange exchange) {
        return declaresMoreThan(exchange, 0) || exchange.getRequestHeaders().containsKey("Transfer-Encoding");
    }

    /** Answers 413 and ends the exchange; the body is not read (the connection closes instead of draining it). */
    public static void refuseTooLarge(HttpExchange exchange, long maxBytes) throws IOException {
        byte[] page = ("{\"title\":\"Payload Too Large\",\"detail\":\"The request body is over " + maxBytes
                + " bytes, the most this server reads.\",\"type\":\"about:blank\",\"status\":413}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.getResponseHeaders().set("Connection", "close"); // the unread body is not drained, the connection ends
        exchange.sendResponseHeaders(413, page.length);
        // Closing the response first sends it at once; closing the exchange first would wait on the unread body.
        try (java.io.OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
        exchange.close();
    }
}
