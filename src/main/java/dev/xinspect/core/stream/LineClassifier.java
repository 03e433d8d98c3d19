package dev.xinspect.core.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * Tells what a stream line is: a keep-alive (empty), a Post ({@code data}), a disconnect or error message
 * ({@code errors} without data), or something unknown, which is kept and counted, never a crash. Remembers recent
 * Post ids to count duplicates.
 */
final class LineClassifier {
    private static final int REMEMBERED_IDS = 10_000;
    private final ObjectMapper mapper = new ObjectMapper();
    private final SequencedSet<String> recentIds = new LinkedHashSet<>();

    /** {@code note} names a disconnect message ({@code operational-disconnect (OperationalDisconnect)}). */
    record Classified(StreamEvent.Kind kind, boolean duplicate, String note) {
    }

    Classified classify(String line) {
        if (line.isBlank()) {
            return new Classified(StreamEvent.Kind.KEEP_ALIVE, false, "");
        }
        JsonNode json;
        try {
            json = mapper.readTree(line);
        } catch (IOException e) {
            return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false, "");
        }
        if (json != null && json.has("data")) {
            boolean duplicate = seen(json.path("data").path("id").asText(""));
            return new Classified(StreamEvent.Kind.POST, duplicate, duplicate ? "duplicate Post" : "");
        }
        if (json != null && json.has("errors")) {
            return new Classified(StreamEvent.Kind.DISCONNECT_MESSAGE, false, describe(json.path("errors").path(0)));
        }
        return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false, "");
    }

    /** The problem slug (after {@code /2/problems/}, else the title) and any {@code disconnect_type} or issue. */
    private static String describe(JsonNode error) {
        String type = error.path("type").asText("");
        String name = type.contains("/problems/") ? type.substring(type.lastIndexOf('/') + 1) : error.path("title").asText("disconnect message");
        String kind = error.path("disconnect_type").asText(error.path("connection_issue").asText(""));
        return kind.isEmpty() ? name : name + " (" + kind + ")";
    }

    private boolean seen(String id) {
        if (id.isEmpty()) {
            return false;
        }
        if (!recentIds.add(id)) {
            return true;
        }
        if (recentIds.size() > REMEMBERED_IDS) {
            recentIds.removeFirst();
        }
        return false;
    }
}
