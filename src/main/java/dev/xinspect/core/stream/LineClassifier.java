package dev.xinspect.core.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * Tells what a stream line is: a keep-alive (empty), a Post ({@code data}), a disconnect or error message
 * ({@code errors} without data), or something unknown, which is kept and counted, never a crash. Remembers recent
 * Post ids to count duplicates. Reads the line token by token and builds no tree: at full speed this runs for every
 * line of the stream (README "Benchmarks").
 */
final class LineClassifier {
    private static final int REMEMBERED_IDS = 10_000;
    private final JsonFactory factory = new JsonFactory();
    private final SequencedSet<String> recentIds = new LinkedHashSet<>();

    record Classified(StreamEvent.Kind kind, boolean duplicate) {
    }

    Classified classify(String line) {
        if (line.isBlank()) {
            return new Classified(StreamEvent.Kind.KEEP_ALIVE, false);
        }
        boolean data = false;
        boolean errors = false;
        String id = "";
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("data")) {
                    data = true;
                    if (value == JsonToken.START_OBJECT) {
                        id = idOf(parser);
                        continue;
                    }
                } else if (name.equals("errors")) {
                    errors = true;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false);
        }
        if (data) {
            return new Classified(StreamEvent.Kind.POST, seen(id));
        }
        if (errors) {
            return new Classified(StreamEvent.Kind.DISCONNECT_MESSAGE, false);
        }
        return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false);
    }

    /** The {@code id} of the {@code data} object the parser is in (its text for a string or a number); "" if none. */
    private static String idOf(JsonParser parser) throws IOException {
        String id = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("id") && value.isScalarValue()) {
                id = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return id;
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
