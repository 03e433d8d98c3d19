package dev.xinspect.core.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.auth.PercentEncoding;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.MultipartBody;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The unsigned requests of a chunked upload, with the paths and field names of X's OpenAPI spec (2.167):
 * {@code initializeMediaUpload}, {@code appendMediaUpload}, {@code finalizeMediaUpload}, {@code getMediaUploadStatus},
 * and {@code POST /2/tweets} with {@code media.media_ids}. The caller signs each one as it sends it.
 */
public final class MediaUploadRequests {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final Headers JSON_BODY = Headers.of("Content-Type", "application/json");

    private final String base;
    private final RandomGenerator random;

    /** @param base the API's origin without a trailing slash, e.g. {@code https://api.x.com} or the sandbox's */
    public MediaUploadRequests(String base, RandomGenerator random) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.random = random;
    }

    public SentRequest initialize(ChunkPlan plan) {
        ObjectNode body = JSON.createObjectNode().put("media_type", plan.mediaType()).put("total_bytes", plan.totalBytes())
                .put("media_category", plan.category().wireName());
        return new SentRequest("POST", base + "/2/media/upload/initialize", JSON_BODY, Body.ofText(body.toString()));
    }

    /** One segment as {@code multipart/form-data}: {@code segment_index}, then the bytes as {@code media}. */
    public SentRequest append(String mediaId, Segment segment, byte[] bytes) {
        String boundary = MultipartBody.freshBoundary(random);
        Body body = MultipartBody.encode(List.of(FormPart.text("segment_index", Integer.toString(segment.index()))),
                "media", "segment-" + segment.index(), "application/octet-stream", bytes, boundary);
        return new SentRequest("POST", base + "/2/media/upload/" + PercentEncoding.encode(mediaId) + "/append",
                Headers.of("Content-Type", MultipartBody.contentType(boundary)), body);
    }

    /** The spec gives finalize no request body. */
    public SentRequest finalizeUpload(String mediaId) {
        return SentRequest.of("POST", base + "/2/media/upload/" + PercentEncoding.encode(mediaId) + "/finalize", Headers.EMPTY);
    }

    public SentRequest status(String mediaId) {
        return SentRequest.of("GET", base + "/2/media/upload?command=STATUS&media_id=" + PercentEncoding.encode(mediaId), Headers.EMPTY);
    }

    /** A Post with {@code text} and the uploaded media attached. */
    public SentRequest post(String text, String mediaId) {
        ObjectNode body = JSON.createObjectNode().put("text", text);
        body.putObject("media").putArray("media_ids").add(mediaId);
        return new SentRequest("POST", base + "/2/tweets", JSON_BODY, Body.ofText(body.toString()));
    }
}
