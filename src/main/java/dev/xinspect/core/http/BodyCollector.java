package dev.xinspect.core.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Collects a response body from {@code java.net.http}'s publisher with an idle watchdog: the reading thread waits
 * at most the idle limit for each next chunk, and cancels the subscription (which closes the connection) when none
 * came. The JDK's request timeout stops counting once the headers arrive, so without this a body that stalls would
 * hang forever; a slow but steady body is never cut, because the limit restarts with every chunk. Chunks are
 * requested in a small window, so at most {@value #WINDOW} chunks wait in the queue beyond what was collected.
 */
final class BodyCollector implements Flow.Subscriber<List<ByteBuffer>> {
    private static final Object COMPLETE = new Object();
    /**
     * Chunks (about 16 KB each, the JDK's buffer size) asked for ahead: one at a time costs a hand-over between
     * threads per chunk, which made a 20 MB body about twice as slow; an unbounded demand would queue a whole body.
     */
    private static final int WINDOW = 32;

    private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    /** The body in slices of a few megabytes: one growing array was copied at each doubling, and once more at the end. */
    private final Slicer collected;
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;
    private int consumed;

    BodyCollector(long expectedLength) {
        // Arrays are sized for a declared length, none past a slice: a lying Content-Length allocates one slice at most.
        collected = new Slicer(Body.SLICE_BYTES, Math.max(0, expectedLength));
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        if (cancelled) {
            given.cancel();
        } else {
            given.request(WINDOW);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> chunk) {
        signals.add(chunk);
    }

    @Override
    public void onError(Throwable error) {
        signals.add(error);
    }

    @Override
    public void onComplete() {
        signals.add(COMPLETE);
    }

    /**
     * Blocks until the body is complete and returns it; throws {@link BodyStalledException} when no byte came for
     * {@code idleLimit}, the publisher's {@link IOException} when the connection failed, and
     * {@link InterruptedException} when the reading thread is interrupted (the body is cancelled in both last cases).
     */
    Body read(Duration idleLimit) throws IOException, InterruptedException {
        try {
            while (true) {
                Object signal = signals.poll(idleLimit.toNanos(), TimeUnit.NANOSECONDS);
                if (signal == null) {
                    cancel();
                    throw new BodyStalledException(idleLimit, collected.size());
                }
                if (signal == COMPLETE) {
                    return collected.finish();
                }
                if (signal instanceof IOException failure) {
                    throw failure;
                }
                if (signal instanceof Throwable failure) {
                    throw new IOException(failure.getMessage(), failure);
                }
                for (Object buffer : (List<?>) signal) {
                    ByteBuffer bytes = (ByteBuffer) buffer;
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    collected.write(copy, 0, copy.length);
                }
                if (++consumed == WINDOW / 2) {
                    subscription.request(consumed);
                    consumed = 0;
                }
            }
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
    }

    /** Bytes collected so far. */
    long received() {
        return collected.size();
    }

    private void cancel() {
        cancelled = true;
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
