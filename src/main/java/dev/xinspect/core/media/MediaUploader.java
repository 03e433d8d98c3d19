package dev.xinspect.core.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.storage.FileFailure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a chunked upload: initialize, every segment in order, finalize, then STATUS until
 * {@code processing_info.state} is {@code succeeded}, waiting the {@code check_after_secs} X asks for. Each call goes
 * through {@code send}, which signs it (OAuth 1.0a signs neither the JSON nor the multipart bodies: only a form body
 * enters the base string) and sends it. Stops at the first error. Blocking: call it on a worker thread.
 */
public final class MediaUploader {
    /** STATUS calls before giving up on a file that never finishes processing. */
    static final int MAX_STATUS_POLLS = 60;
    /** The longest wait between two STATUS calls, whatever {@code check_after_secs} says. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = JsonLimits.mapper();

    /** Waits between STATUS calls (the app sleeps; tests return at once); false when interrupted or cancelled. */
    @FunctionalInterface
    public interface Pause {
        boolean pause(Duration duration);
    }

    private final Function<SentRequest, Exchange> send;
    private final MediaUploadRequests requests;
    private final Pause pause;

    public MediaUploader(Function<SentRequest, Exchange> send, MediaUploadRequests requests, Pause pause) {
        this.send = send;
        this.requests = requests;
        this.pause = pause;
    }

    /**
     * @param onStep    told of each call as it completes, on this thread
     * @param cancelled checked before each call
     */
    public UploadResult upload(ChunkPlan plan, Path file, Consumer<UploadStep> onStep, BooleanSupplier cancelled) {
        Run run = new Run(onStep, cancelled);
        Exchange init = run.call("initialize", requests.initialize(plan));
        if (run.stopped != null) {
            return run.stopped;
        }
        String mediaId = data(init).path("id").asText("");
        if (mediaId.isEmpty()) {
            return new UploadResult(UploadResult.Outcome.ERROR_RESPONSE, null, "initialize answered without data.id.");
        }
        run.mediaId = mediaId;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (Segment segment : plan.segments()) {
                run.call("append " + segment.index(), requests.append(mediaId, segment, read(channel, segment)));
                if (run.stopped != null) {
                    return run.stopped;
                }
            }
        } catch (IOException e) {
            return new UploadResult(UploadResult.Outcome.NOT_SENT, mediaId, "The file " + plan.fileName()
                    + " could not be read (" + FileFailure.reason(e) + "); nothing more was sent.");
        }
        JsonNode info = data(run.call("finalize", requests.finalizeUpload(mediaId))).path("processing_info");
        for (int poll = 1; run.stopped == null; poll++) {
            String state = info.path("state").asText("succeeded"); // no processing_info: nothing to process (images)
            if (state.equals("succeeded")) {
                return new UploadResult(UploadResult.Outcome.READY, mediaId, "Media " + mediaId + " is ready to attach to a Post.");
            }
            if (state.equals("failed")) {
                JsonNode error = info.path("error");
                return new UploadResult(UploadResult.Outcome.PROCESSING_FAILED, mediaId, "X could not process the file: "
                        + error.path("name").asText("processing failed") + (error.has("message") ? " (" + error.path("message").asText() + ")" : "")
                        + ". Check the file plays and meets X's media requirements, then upload it again.");
            }
            if (poll > MAX_STATUS_POLLS) {
                return new UploadResult(UploadResult.Outcome.STOPPED, mediaId, "Still " + state + " after " + MAX_STATUS_POLLS
                        + " STATUS calls; check again later with GET /2/media/upload?command=STATUS.");
            }
            Duration wait = Duration.ofSeconds(Math.max(1, info.path("check_after_secs").asLong(1)));
            if (!pause.pause(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait)) {
                return new UploadResult(UploadResult.Outcome.STOPPED, mediaId, "Stopped while waiting for processing.");
            }
            info = data(run.call("STATUS " + poll, requests.status(mediaId))).path("processing_info");
        }
        return run.stopped;
    }

    /** Sends the Post that attaches an uploaded media id. */
    public Exchange attach(String text, String mediaId) {
        return send.apply(requests.post(text, mediaId));
    }

    private static byte[] read(FileChannel channel, Segment segment) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(segment.length());
        long position = segment.offset();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("the file is shorter than planned");
            }
            position += n;
        }
        return buffer.array();
    }

    private static JsonNode data(Exchange exchange) {
        if (exchange == null) {
            return JSON.missingNode();
        }
        try {
            JsonNode root = JSON.readTree(exchange.receivedResponse().map(r -> r.body().text()).orElse(""));
            return root == null ? JSON.missingNode() : root.path("data");
        } catch (IOException e) {
            return JSON.missingNode(); // not JSON: no fields to read
        }
    }

    /** One upload's progress: the media id once known, and the result that stopped it, if any. */
    private final class Run {
        private final Consumer<UploadStep> onStep;
        private final BooleanSupplier cancelled;
        private String mediaId;
        private UploadResult stopped;

        Run(Consumer<UploadStep> onStep, BooleanSupplier cancelled) {
            this.onStep = onStep;
            this.cancelled = cancelled;
        }

        /** Sends one call unless cancelled; a failure or error response sets {@link #stopped}. Null when not sent. */
        Exchange call(String name, SentRequest request) {
            if (cancelled.getAsBoolean()) {
                stopped = new UploadResult(UploadResult.Outcome.STOPPED, mediaId, "Cancelled before " + name + ".");
                return null;
            }
            Exchange exchange = send.apply(request);
            UploadStep step = new UploadStep(name, exchange);
            onStep.accept(step);
            if (exchange.receivedResponse().isEmpty()) {
                stopped = new UploadResult(UploadResult.Outcome.NOT_SENT, mediaId, name + " was not sent: "
                        + exchange.transportFailure().map(f -> f.message()).orElse("no response") + ".");
            } else if (!step.succeeded()) {
                stopped = new UploadResult(UploadResult.Outcome.ERROR_RESPONSE, mediaId, name + " answered " + step.status()
                        + "; see its diagnosis.");
            }
            return exchange;
        }
    }
}
