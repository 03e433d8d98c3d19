package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.media.ChunkPlanner;
import dev.xinspect.core.media.MediaCategory;
import dev.xinspect.core.sandbox.Route.Access;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chunked media upload as X's spec (2.167) has it: initialize, append, finalize and STATUS, for user contexts only,
 * OAuth 2.0 tokens needing {@code media.write}. Errors take X's invalid-request shape with the messages X is seen to
 * send: {@code BadRequest: Not found} for an unknown id (xdevplatform/xurl#18), {@code Segments do not add up to
 * provided total file size.} (retifrav/retifrav.github.io#30), {@code SegmentIndex must be between 0 and 999.}
 * (PipedreamHQ/pipedream#5308), {@code Request body is not valid JSON.} (sferik/x-ruby#71).
 */
final class MediaEndpoints {
    private static final ObjectMapper MAPPER = JsonLimits.mapper();
    /** The {@code media_type} values of {@code InitializeMediaUploadRequest}. */
    private static final Set<String> MEDIA_TYPES = Set.of("video/mp4", "video/webm", "video/mp2t", "video/quicktime", "text/srt",
            "text/vtt", "image/jpeg", "image/gif", "image/bmp", "image/png", "image/webp", "image/pjpeg", "image/tiff",
            "model/gltf-binary", "model/vnd.usdz+zip");
    private static final Set<String> CATEGORIES = Set.of("amplify_video", "tweet_gif", "tweet_image", "tweet_video", "dm_gif",
            "dm_image", "dm_video", "subtitles");
    private static final Set<String> INITIALIZE_FIELDS = Set.of("additional_owners", "media_category", "media_type", "shared",
            "total_bytes");

    private final MediaUploads uploads;

    MediaEndpoints(MediaUploads uploads) {
        this.uploads = uploads;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/2/media/upload/initialize", Access.USER, 180, Set.of(), "Initialize media upload", this::initialize),
                new Route("POST", "/2/media/upload/:id/append", Access.USER, 0, Set.of(), "Append Media Upload", this::append),
                new Route("POST", "/2/media/upload/:id/finalize", Access.USER, 180, Set.of(), "Finalize Media upload", this::finish),
                new Route("GET", "/2/media/upload", Access.USER, 0, Set.of("command", "media_id"), "Get Media upload status", this::status));
    }

    private Reply initialize(SandboxRequest request, Caller caller) throws Rejection {
        requireUploader(caller);
        JsonNode body;
        try {
            body = MAPPER.readTree(request.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw invalid("Request body is not valid JSON.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!INITIALIZE_FIELDS.contains(name)) {
                throw invalid("$." + name + ": is not defined in the schema and the schema does not allow additional properties");
            }
        }
        String mediaType = body.path("media_type").asText("");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw invalidField("media_type", mediaType, "$.media_type: must be one of " + new TreeSet<>(MEDIA_TYPES));
        }
        JsonNode total = body.path("total_bytes");
        if (!total.canConvertToLong() || total.asLong() < 1) {
            throw invalidField("total_bytes", total.asText(""), "$.total_bytes: must be a whole number of bytes, 1 or more");
        }
        String category = body.path("media_category").asText(MediaCategory.of(mediaType).wireName());
        if (!CATEGORIES.contains(category)) {
            throw invalidField("media_category", category, "$.media_category: must be one of " + new TreeSet<>(CATEGORIES));
        }
        long limit = MediaCategory.named(category).map(MediaCategory::maxBytes).orElse(MediaCategory.TWEET_VIDEO.maxBytes());
        if (total.asLong() > limit) {
            throw invalidField("total_bytes", total.asText(), "total_bytes [" + total.asLong() + "] is over the " + limit
                    + " bytes media_category " + category + " allows");
        }
        MediaUploads.Upload upload = uploads.start(caller.userId(), mediaType, category, total.asLong());
        ObjectNode data = MAPPER.createObjectNode();
        data.putObject("data").put("id", upload.id).put("media_key", upload.mediaKey())
                .put("expires_after_secs", uploads.secondsLeft(upload));
        return Reply.json(200, data.toString());
    }

    private Reply append(SandboxRequest request, Caller caller) throws Rejection {
        requireUploader(caller);
        MediaUploads.Upload upload = find(request.variable("id"), caller);
        Map<String, byte[]> fields = MultipartFields.read(request.header("Content-Type").orElse(""), request.bodyBytes());
        byte[] index = fields.get("segment_index");
        byte[] media = fields.get("media");
        if (index == null || media == null) {
            throw invalid("multipart/form-data with the fields media and segment_index is required");
        }
        String indexText = new String(index, StandardCharsets.UTF_8).trim();
        if (!indexText.matches("[0-9]{1,3}")) {
            throw invalidField("segment_index", indexText, "SegmentIndex must be between 0 and 999.");
        }
        if (media.length > ChunkPlanner.MAX_SEGMENT_BYTES) {
            throw invalidField("media", media.length + " bytes", "A segment must be 5 MB or less");
        }
        synchronized (upload) {
            if (upload.state != MediaUploads.State.UPLOADING) {
                throw invalidField("id", upload.id, "This upload was already finalized");
            }
            int got = Integer.parseInt(indexText);
            if (got != upload.nextSegment) {
                throw invalidField("segment_index", indexText, "Segment " + got + " arrived when segment " + upload.nextSegment
                        + " was expected: send segments in order, from 0");
            }
            if (upload.receivedBytes + media.length > upload.totalBytes) {
                throw invalid("Segments do not add up to provided total file size.");
            }
            upload.receive(media);
        }
        ObjectNode data = MAPPER.createObjectNode();
        data.putObject("data").put("expires_at", upload.expiresAt.getEpochSecond());
        return Reply.json(200, data.toString());
    }

    private Reply finish(SandboxRequest request, Caller caller) throws Rejection {
        requireUploader(caller);
        MediaUploads.Upload upload = find(request.variable("id"), caller);
        synchronized (upload) {
            if (upload.state == MediaUploads.State.UPLOADING) {
                if (upload.receivedBytes != upload.totalBytes) {
                    throw invalid("Segments do not add up to provided total file size.");
                }
                upload.finish();
            }
            ObjectNode data = describe(upload);
            if (upload.state == MediaUploads.State.PENDING) {
                data.putObject("processing_info").put("state", "pending").put("check_after_secs", 1);
            } else if (upload.state == MediaUploads.State.FAILED) {
                failed(data);
            }
            return wrap(data);
        }
    }

    private Reply status(SandboxRequest request, Caller caller) throws Rejection {
        requireUploader(caller);
        String command = request.param("command").orElse("STATUS");
        if (!command.equals("STATUS")) {
            throw invalidField("command", command, "The `command` query parameter value [" + command + "] is not one of [STATUS]");
        }
        String id = request.param("media_id").orElseThrow(() -> invalidField("media_id", "", "The `media_id` query parameter can not be empty"));
        MediaUploads.Upload upload = find(id, caller);
        synchronized (upload) {
            // An upload that was never finalized, or an image (no processing), has no status: X answers Not found (xurl#18).
            if (upload.state == MediaUploads.State.UPLOADING || !upload.mediaType.startsWith("video/") && !upload.mediaType.equals("image/gif")) {
                throw invalid("BadRequest: Not found");
            }
            MediaUploads.State state = upload.poll();
            ObjectNode data = describe(upload);
            switch (state) {
                case IN_PROGRESS -> data.putObject("processing_info").put("state", "in_progress").put("check_after_secs", 1)
                        .put("progress_percent", 50);
                case FAILED -> failed(data);
                default -> data.putObject("processing_info").put("state", "succeeded").put("progress_percent", 100);
            }
            return wrap(data);
        }
    }

    /** App-only Bearer never reaches here (the route is user-only); an OAuth 2.0 token also needs media.write. */
    private static void requireUploader(Caller caller) throws Rejection {
        if (caller.mode() == AuthMode.OAUTH2_USER && !caller.scopes().contains("media.write")) {
            throw new Rejection(Problems.authLayer(403, "Forbidden"));
        }
        if (caller.mode() == AuthMode.OAUTH1_USER && !caller.canWrite()) {
            throw new Rejection(Problems.forbidden("You are not permitted to perform this action."));
        }
    }

    private MediaUploads.Upload find(String id, Caller caller) throws Rejection {
        return uploads.find(id, caller.userId()).orElseThrow(() -> invalid("BadRequest: Not found"));
    }

    private ObjectNode describe(MediaUploads.Upload upload) {
        ObjectNode data = MAPPER.createObjectNode().put("id", upload.id).put("media_key", upload.mediaKey())
                .put("size", upload.totalBytes).put("expires_after_secs", uploads.secondsLeft(upload));
        if (upload.mediaType.startsWith("video/")) {
            data.putObject("video").put("video_type", upload.mediaType);
        } else {
            data.putObject("image").put("image_type", upload.mediaType);
        }
        return data;
    }

    /** X's failed processing, as seen in retifrav/retifrav.github.io#30. */
    private static void failed(ObjectNode data) {
        data.putObject("processing_info").put("state", "failed").put("progress_percent", 100).putObject("error")
                .put("code", 1).put("name", "InvalidMedia").put("message", "file is invalid");
    }

    private static Reply wrap(ObjectNode data) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("data", data);
        return Reply.json(200, body.toString());
    }

    private static Rejection invalid(String message) {
        return new Rejection(Problems.invalidRequest(List.of(MAPPER.createObjectNode().put("message", message))));
    }

    private static Rejection invalidField(String field, String value, String message) {
        return new Rejection(Problems.invalidRequest(List.of(Problems.parameterError(field, value, message))));
    }
}
