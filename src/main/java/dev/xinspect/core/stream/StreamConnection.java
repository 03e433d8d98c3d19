package dev.xinspect.core.stream;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One open stream. A reader thread does nothing but read bytes and split lines into a bounded buffer (X's advice
 * against full-buffer disconnects); a processing thread classifies lines and tells the listener; a watchdog ends
 * the connection after {@code stallAfter} without a single byte, which {@code HttpRequest.timeout} cannot do once
 * headers have arrived. Listener calls come from the processing thread.
 */
public final class StreamConnection implements AutoCloseable {
    private static final StreamEvent END = new StreamEvent(StreamEvent.Kind.CLOSED, Instant.EPOCH, "", "");

    private final InputStream body;
    private final Clock clock;
    private final StreamOptions options;
    private final Consumer<StreamEvent> listener;
    private final BlockingQueue<StreamEvent> buffer;
    private final LineClassifier classifier = new LineClassifier();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicLong posts = new AtomicLong();
    private final AtomicLong keepAlives = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Instant connectedAt;
    private volatile Instant lastByteAt;
    private volatile boolean stopping;
    private volatile String endReason = "The server closed the stream.";
    private ScheduledFuture<?> watchdog;

    StreamConnection(InputStream body, Clock clock, StreamOptions options, Consumer<StreamEvent> listener) {
        this.body = body;
        this.clock = clock;
        this.options = options;
        this.listener = listener;
        this.buffer = new ArrayBlockingQueue<>(options.bufferLines());
        this.connectedAt = clock.instant();
        this.lastByteAt = connectedAt;
    }

    /**
     * Reads {@code body} as a stream (an HTTP response body, a socket, a recorded file for a benchmark): emits
     * {@link StreamEvent.Kind#CONNECTED} on the calling thread, then reads on its own threads until the body ends.
     */
    public static StreamConnection start(InputStream body, Clock clock, StreamOptions options, Consumer<StreamEvent> listener,
                                         ScheduledExecutorService watchdog) {
        StreamConnection connection = new StreamConnection(body, clock, options, listener);
        connection.start(watchdog);
        return connection;
    }

    void start(ScheduledExecutorService scheduler) {
        listener.accept(new StreamEvent(StreamEvent.Kind.CONNECTED, connectedAt, "", ""));
        Thread.ofPlatform().daemon().name("stream-reader").start(this::read);
        Thread.ofPlatform().daemon().name("stream-processor").start(this::process);
        long tick = Math.max(10, options.stallAfter().toMillis() / 4);
        watchdog = scheduler.scheduleAtFixedRate(this::checkIdle, tick, tick, TimeUnit.MILLISECONDS);
    }

    private void read() {
        LineSplitter splitter = new LineSplitter(options.maxLineBytes(), line -> enqueue(line));
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int n = body.read(chunk); n >= 0 && !stopping; n = body.read(chunk)) {
                lastByteAt = clock.instant();
                bytes.addAndGet(n);
                splitter.feed(chunk, n);
            }
            if (splitter.pendingBytes() > 0) {
                endReason = "The connection closed in the middle of a line (" + splitter.pendingBytes() + " bytes lost).";
            }
        } catch (IOException e) {
            if (!stopping) {
                endReason = "The connection broke: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        } finally {
            offerEnd();
        }
    }

    private void enqueue(LineSplitter.Line line) {
        StreamEvent event = line.truncated()
                ? new StreamEvent(StreamEvent.Kind.OVERSIZED_LINE, clock.instant(), "", "A line longer than "
                        + options.maxLineBytes() + " bytes was cut.")
                : new StreamEvent(null, clock.instant(), line.text(), "");
        if (!buffer.offer(event)) {
            dropped.incrementAndGet(); // counted and shown: never a silent loss
        }
    }

    private void process() {
        try {
            while (true) {
                StreamEvent raw = buffer.take();
                if (raw == END) {
                    break;
                }
                listener.accept(classified(raw));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            listener.accept(new StreamEvent(StreamEvent.Kind.CLOSED, clock.instant(), "", endReason));
            closed.countDown();
        }
    }

    private StreamEvent classified(StreamEvent raw) {
        if (raw.kind() != null) {
            return raw;
        }
        LineClassifier.Classified result = classifier.classify(raw.json());
        switch (result.kind()) {
            case POST -> posts.incrementAndGet();
            case KEEP_ALIVE -> keepAlives.incrementAndGet();
            default -> { }
        }
        if (result.duplicate()) {
            duplicates.incrementAndGet();
        }
        return new StreamEvent(result.kind(), raw.at(), result.kind() == StreamEvent.Kind.KEEP_ALIVE ? "" : raw.json(),
                result.note());
    }

    private void checkIdle() {
        Duration silent = Duration.between(lastByteAt, clock.instant());
        if (!stopping && silent.compareTo(options.stallAfter()) >= 0) {
            endReason = "No data and no keep-alive for " + silent.toMillis() / 1000.0 + " s: the connection stalled.";
            listener.accept(new StreamEvent(StreamEvent.Kind.STALLED, clock.instant(), "", endReason));
            stop();
        }
    }

    private void offerEnd() {
        try {
            buffer.put(END); // after the last line: the processor drains what is buffered first, nothing is lost
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            while (!buffer.offer(END)) {
                if (buffer.poll() != null) {
                    dropped.incrementAndGet(); // counted and shown: never a silent loss
                }
            }
        }
    }

    private void stop() {
        stopping = true;
        try {
            body.close();
        } catch (IOException e) {
            // closing is best effort; the reader ends either way
        }
    }

    public StreamStats stats() {
        return new StreamStats(posts.get(), keepAlives.get(), bytes.get(), duplicates.get(), dropped.get(),
                buffer.size() / (double) options.bufferLines(), connectedAt, lastByteAt);
    }

    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        endReason = "You closed the stream.";
        stop();
    }
}
