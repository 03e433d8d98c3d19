package dev.xinspect.core.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One open stream, as X runs one: a producer fills a bounded buffer with Posts and keep-alive lines, the handler
 * thread writes it out. A client that reads too slowly lets the buffer fill; then the connection is cut and what
 * the buffer held is lost (a full-buffer disconnect). Scenarios can end the stream with an operational disconnect.
 */
final class StreamConnection {
    static final String KEEP_ALIVE = "\r\n";
    private static final String END = "";
    private static final long FULL_SPEED_PATIENCE_MS = 1_000;

    private final HttpExchange exchange;
    private final BlockingQueue<String> buffer;
    private final ScheduledExecutorService scheduler;
    private final Supplier<String> posts;
    private final int disconnectAfter;
    private final String endLine;
    private final Runnable onCutOff;
    private final Runnable onEnd;
    private volatile boolean open = true;
    private final Object writerLock = new Object();
    private Thread writer;
    private boolean finished;
    private int produced;

    /**
     * @param disconnectAfter end with {@code endLine} after this many Posts; -1 never
     * @param onEnd runs before the client sees the end, so a client that reconnects at once finds the stream free
     */
    StreamConnection(HttpExchange exchange, int bufferLines, ScheduledExecutorService scheduler, Supplier<String> posts,
                     int disconnectAfter, String endLine, Runnable onCutOff, Runnable onEnd) {
        this.onEnd = onEnd;
        this.endLine = endLine;
        this.onCutOff = onCutOff;
        this.exchange = exchange;
        this.buffer = new ArrayBlockingQueue<>(bufferLines);
        this.scheduler = scheduler;
        this.posts = posts;
        this.disconnectAfter = disconnectAfter;
    }

    /** Streams until the client goes, the buffer overflows, a disconnect is scripted, or {@link #close()}. */
    void run(Duration keepAlive, Duration postInterval) throws IOException {
        synchronized (writerLock) {
            writer = Thread.currentThread();
        }
        exchange.getResponseHeaders().set("content-type", "application/json; charset=utf-8");
        // A stream ends its connection: without this the server would keep a cut-off client's socket for reuse.
        exchange.getResponseHeaders().set("connection", "close");
        exchange.sendResponseHeaders(200, 0);
        ScheduledFuture<?> keepAlives = scheduler.scheduleAtFixedRate(() -> keepAlive(postInterval.isZero()),
                keepAlive.toMillis(), keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        Thread producer = postInterval.isZero() ? Thread.ofPlatform().daemon().start(this::produceFlat) : null;
        ScheduledFuture<?> paced = postInterval.isZero() ? null : scheduler.scheduleAtFixedRate(this::produceOne,
                0, postInterval.toMillis(), TimeUnit.MILLISECONDS);
        OutputStream out = exchange.getResponseBody();
        try {
            while (open) {
                String line = buffer.poll(50, TimeUnit.MILLISECONDS);
                if (line == END) {
                    break;
                }
                if (line != null) {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    // Flush once the queue is drained, not per line: a paced stream still sends each Post at once,
                    // and a full-speed one sends full chunks instead of a chunk (and a system call) per Post.
                    if (buffer.isEmpty()) {
                        out.flush();
                    }
                }
            }
        } catch (InterruptedException e) {
            // cut off or closed while waiting for a line
        } catch (IOException e) {
            // the client went away, or the connection was cut for a full buffer
        } finally {
            open = false;
            keepAlives.cancel(false);
            if (paced != null) {
                paced.cancel(false);
            }
            if (producer != null) {
                producer.interrupt();
            }
            synchronized (writerLock) {
                writer = null; // from here on no cut-off may interrupt this pooled thread
                Thread.interrupted();
            }
            onEnd.run();
            exchange.close(); // closes the response body: the client sees the end from here
        }
    }

    void close() {
        open = false;
        interruptWriter();
    }

    /**
     * Full speed: the client's reading sets the pace, so a full buffer waits for room; a client that lets it stay
     * full for {@link #FULL_SPEED_PATIENCE_MS} (it has stopped reading) is cut off, as X cuts off a client whose
     * buffer fills. Without the wait, Posts made faster than any client reads would cut off every client.
     */
    private void produceFlat() {
        try {
            while (open && !finished) {
                for (String line : nextLines()) {
                    if (open && !buffer.offer(line, FULL_SPEED_PATIENCE_MS, TimeUnit.MILLISECONDS)) {
                        cutOff();
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            // the connection ended
        }
    }

    private synchronized void produceOne() {
        if (open && !finished) {
            nextLines().forEach(this::offer);
        }
    }

    /** The next Post, or the scripted end line and the writer's END. */
    private synchronized java.util.List<String> nextLines() {
        if (disconnectAfter >= 0 && produced >= disconnectAfter) {
            // The writer drains what is queued, writes the end line, then stops at END.
            finished = true;
            return java.util.List.of(endLine + "\r\n", END);
        }
        produced++;
        return java.util.List.of(posts.get() + "\r\n");
    }

    /** A keep-alive never cuts off a full-speed client: a full buffer there means data is flowing. */
    private void keepAlive(boolean fullSpeed) {
        if (!fullSpeed) {
            offer(KEEP_ALIVE);
        } else if (open) {
            buffer.offer(KEEP_ALIVE);
        }
    }

    /**
     * A full buffer means the client is too slow: cut it off, as X does, and lose what was buffered. The writer is
     * blocked writing to a client that does not read; interrupting it closes the socket channel under it.
     */
    private void offer(String line) {
        if (open && !buffer.offer(line)) {
            cutOff();
        }
    }

    private void cutOff() {
        open = false;
        buffer.clear();
        interruptWriter();
        onCutOff.run();
    }

    private void interruptWriter() {
        synchronized (writerLock) {
            if (writer != null) {
                writer.interrupt();
            }
        }
    }
}
