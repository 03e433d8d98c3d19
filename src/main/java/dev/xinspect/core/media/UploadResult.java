package dev.xinspect.core.media;

import java.util.Optional;

/** How an upload ended: {@code mediaId} is set from initialize on; {@code detail} says what happened in plain words. */
public record UploadResult(Outcome outcome, String mediaId, String detail) {

    public enum Outcome {
        /** Processed (or needing none): the id can be attached to a Post. */
        READY,
        /** X answered a call with an error; the step's diagnosis says why. */
        ERROR_RESPONSE,
        /** A call did not reach X (or no answer came back). */
        NOT_SENT,
        /** X took the file but its processing failed ({@code processing_info.state} {@code failed}). */
        PROCESSING_FAILED,
        /** The user cancelled, or processing did not finish within the polls allowed. */
        STOPPED
    }

    public Optional<String> readyMediaId() {
        return outcome == Outcome.READY ? Optional.ofNullable(mediaId) : Optional.empty();
    }
}
