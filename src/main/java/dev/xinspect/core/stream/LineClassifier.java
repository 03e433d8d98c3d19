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

    record Classified(StreamEvent.Kind kind, boolean duplicate) {
    }

    Classified classify(String line) {
        if (line.isBlank()) {
            return new Classified(StreamEvent.Kind.KEEP_ALIVE, false);
        }
        JsonNode json;
        try {
            json = mapper.readTree(line);
        } catch (IOException e) {
            return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false);
        }
        if (json != null && json.has("data")) {
            return new Classified(StreamEvent.Kind.POST, seen(json.path("data").path("id").asText("")));
        }
        if (json != null && json.has("errors")) {
            return new Classified(StreamEvent.Kind.DISCONNECT_MESSAGE, false);
        }
        return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false);
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
