/**
 * Chunked media upload to the X API v2: the plan (media type, category, segments) chosen from a file, the requests of
 * each step (initialize, append, finalize, STATUS, and the Post that attaches the media) and the flow that runs them
 * through a caller's sender and signer. No JavaFX, no threads of its own; the sandbox's side lives in {@code sandbox}.
 */
package dev.xinspect.core.media;
