package dev.xinspect.core.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's upload sessions: what initialize declared, the segments received so far, and processing, which takes
 * two STATUS calls for a video or GIF (pending, then in_progress, then the end) and none for an image. A file whose
 * first bytes are {@link #FAIL_MARKER} fails processing, as an unsupported file fails at X. Thread-safe.
 */
final class MediaUploads {
    /** Begins a file the sandbox will fail to process (tests and the README's demo use it). */
    static final String FAIL_MARKER = "XINSPECT-FAIL-PROCESSING";
    /** X's upload sessions last a day ({@code expires_after_secs} 86400 in X's FINALIZE examples). */
    static final Duration LIFETIME = Duration.ofSeconds(86_400);

    enum State { UPLOADING, PENDING, IN_PROGRESS, SUCCEEDED, FAILED }

    /** One upload session; fields change under its own lock. */
    static final class Upload {
        final String id;
        final String owner;
        final String mediaType;
        final String category;
        final long totalBytes;
        final Instant expiresAt;
        int nextSegment;
        long receivedBytes;
        boolean failProcessing;
        State state = State.UPLOADING;

        Upload(String id, String owner, String mediaType, String category, long totalBytes, Instant expiresAt) {
            this.id = id;
            this.owner = owner;
            this.mediaType = mediaType;
            this.category = category;
            this.totalBytes = totalBytes;
            this.expiresAt = expiresAt;
        }

        String mediaKey() {
            return (mediaType.startsWith("video/") ? "7_" : mediaType.equals("image/gif") ? "16_" : "3_") + id;
        }

        /** Counts a segment in; the first one shows whether the file carries the failure marker. */
        synchronized void receive(byte[] segment) {
            if (nextSegment == 0) {
                byte[] marker = FAIL_MARKER.getBytes(StandardCharsets.US_ASCII);
                failProcessing = segment.length >= marker.length
                        && new String(segment, 0, marker.length, StandardCharsets.US_ASCII).equals(FAIL_MARKER);
            }
            nextSegment++;
            receivedBytes += segment.length;
        }

        /** Finalize: images are done at once; videos and GIFs start processing. */
        synchronized void finish() {
            boolean processes = mediaType.startsWith("video/") || mediaType.equals("image/gif");
            state = processes ? State.PENDING : failProcessing ? State.FAILED : State.SUCCEEDED;
        }

        synchronized boolean isReady() {
            return state == State.SUCCEEDED;
        }

        /** A STATUS call moves processing one step on. */
        synchronized State poll() {
            state = switch (state) {
                case PENDING -> State.IN_PROGRESS;
                case IN_PROGRESS -> failProcessing ? State.FAILED : State.SUCCEEDED;
                default -> state;
            };
            return state;
        }
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1_880_028_106_020_515_840L); // the size of X's media ids
    private final Clock clock;

    MediaUploads(Clock clock) {
        this.clock = clock;
    }

    Upload start(String owner, String mediaType, String category, long totalBytes) {
        String id = Long.toString(nextId.getAndIncrement());
        Upload upload = new Upload(id, owner, mediaType, category, totalBytes, clock.instant().plus(LIFETIME));
        uploads.put(id, upload);
        return upload;
    }

    /** The caller's session with this id, unless it expired. */
    Optional<Upload> find(String id, String owner) {
        return Optional.ofNullable(uploads.get(id)).filter(u -> u.owner.equals(owner) && clock.instant().isBefore(u.expiresAt));
    }

    long secondsLeft(Upload upload) {
        return Math.max(0, Duration.between(clock.instant(), upload.expiresAt).toSeconds());
    }
}
