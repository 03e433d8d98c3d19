package dev.xinspect.core.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.diagnosis.StreamMessage;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * Tells what a stream line is: a keep-alive (empty), a Post ({@code data}, whatever its {@code matching_rules} ids
 * look like: strings or bare numbers beyond 2^53 are skipped as text, never turned into doubles), a disconnect or a
 * line of errors only (read by {@link StreamMessage}, the reading {@code explain} shares), or something unknown, which
 * is kept and counted, never a crash. Remembers recent Post ids to count duplicates. A Post is read token by token with no tree built: at full speed this runs for every
 * line of the stream (README "Benchmarks"); only the rare error line is parsed whole, to name it.
 */
final class LineClassifier {
    private static final int REMEMBERED_IDS = 10_000;
    private final ObjectMapper mapper = JsonLimits.mapper();
    private final JsonFactory factory = mapper.getFactory();
    private final SequencedSet<String> recentIds = new LinkedHashSet<>();

    /** {@code note} names a disconnect message ({@code operational-disconnect (OperationalDisconnect)}). */
    record Classified(StreamEvent.Kind kind, boolean duplicate, String note) {
    }

    Classified classify(String line) {
        if (line.isBlank()) {
            return new Classified(StreamEvent.Kind.KEEP_ALIVE, false, "");
        }
        boolean data = false;
        boolean message = false;
        String id = "";
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false, "");
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
                } else if (name.equals("errors") || name.equals("disconnect_type") || name.equals("title")) {
                    message = true; // the rare line worth parsing whole, below
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false, "");
        }
        if (data) {
            boolean duplicate = seen(id);
            return new Classified(StreamEvent.Kind.POST, duplicate, duplicate ? "duplicate Post" : "");
        }
        return message ? message(line) : new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false, "");
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

    private Classified message(String line) {
        try {
            return StreamMessage.of(mapper.readTree(line)).map(m -> new Classified(m.kind() == StreamMessage.Kind.DISCONNECT
                    ? StreamEvent.Kind.DISCONNECT_MESSAGE : StreamEvent.Kind.ERROR_MESSAGE, false, m.label()))
                    .orElse(new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false, ""));
        } catch (IOException e) {
            return new Classified(StreamEvent.Kind.UNKNOWN_MESSAGE, false, "");
        }
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
