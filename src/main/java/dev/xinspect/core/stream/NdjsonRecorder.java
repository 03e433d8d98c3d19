package dev.xinspect.core.stream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Records a live stream to an NDJSON file: each Post line as it was received, one per line. {@link #record} only
 * queues (it is called from the stream's processing thread and never blocks it); a writer thread of its own writes
 * and flushes whole lines in batches, so a crash leaves every line written so far. A full queue or a write error is
 * counted and said, never a silent loss. Each line passes through a redaction on the writer thread before it is
 * written (a Post's text can quote a token), so the stream's thread never waits for it.
 */
public final class NdjsonRecorder implements AutoCloseable {
    private static final String END = new String("end"); // identity-compared marker

    private final Path file;
    private final OutputStream out;
    private final UnaryOperator<String> redaction;
    private final BlockingQueue<String> queue;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile String failure = "";
    private volatile boolean closing;

    private NdjsonRecorder(Path file, OutputStream out, int capacity, UnaryOperator<String> redaction) {
        this.file = file;
        this.out = out;
        this.redaction = redaction;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * Creates or replaces {@code file} and starts recording; the message of the exception is plain.
     *
     * @param redaction what each line becomes before it is written ({@code Redactor::redactText})
     */
    public static NdjsonRecorder start(Path file, int capacity, UnaryOperator<String> redaction) throws IOException {
        OutputStream out;
        try {
            out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw new IOException("Could not save to " + file.getFileName() + ": " + reason(e), e);
        }
        NdjsonRecorder recorder = new NdjsonRecorder(file, out, capacity, redaction);
        Thread.ofPlatform().daemon().name("ndjson-writer").start(recorder::write);
        return recorder;
    }

    /** Queues one line (without its line end); false, and counted, when it could not be queued. */
    public boolean record(String line) {
        if (closing || !failure.isEmpty() || !queue.offer(line)) {
            skipped.incrementAndGet();
            return false;
        }
        return true;
    }

    private void write() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch);
                boolean end = false;
                for (String line : batch) {
                    if (line == END) {
                        end = true;
                        break;
                    }
                    out.write(redaction.apply(line).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    written.incrementAndGet();
                }
                out.flush();
                batch.clear();
                if (end) {
                    break;
                }
            }
        } catch (IOException e) {
            failure = "Saving to " + file.getFileName() + " stopped: " + reason(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                if (failure.isEmpty()) {
                    failure = "Saving to " + file.getFileName() + " stopped: " + reason(e);
                }
            }
            finished.countDown();
        }
    }

    public Path file() {
        return file;
    }

    public long written() {
        return written.get();
    }

    /** Lines that could not be saved (queue full, or after a write error). */
    public long skipped() {
        return skipped.get();
    }

    /** Empty while all is well; else one sentence saying why saving stopped. */
    public String failure() {
        return failure;
    }

    /** Writes what is queued, closes the file and waits (at most 10 s) for it. */
    @Override
    public void close() {
        closing = true;
        try {
            while (finished.getCount() > 0 && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the writer is draining a full queue
            }
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "the folder does not exist (" + message + ")"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied (" + message + ")" : message;
    }
}
