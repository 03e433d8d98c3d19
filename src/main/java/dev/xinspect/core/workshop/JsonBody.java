package dev.xinspect.core.workshop;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what expectations ask of a response body; a body that is not JSON has nothing at any path. */
final class JsonBody {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

    private JsonBody() {
    }

    /** The text of the value at {@code $.a.b[0].c}; objects and arrays as compact JSON. */
    static Optional<String> valueAt(Body body, String path) {
        return parse(body).flatMap(root -> {
            JsonNode node = root.at(pointer(path));
            if (node.isMissingNode()) {
                return Optional.empty();
            }
            return Optional.of(node.isValueNode() ? node.asText() : node.toString());
        });
    }

    /**
     * The {@code type} at the top level and in every entry of {@code errors}, in body order; a stream's body holds
     * one object per line, and its last line is often the one that says why it ended, so every value is read.
     */
    static List<String> problemTypes(Body body) {
        List<String> types = new ArrayList<>();
        try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(body.bytes())) {
            while (values.hasNextValue()) {
                JsonNode root = values.nextValue();
                if (root.path("type").isTextual()) {
                    types.add(root.path("type").asText());
                }
                root.path("errors").forEach(error -> {
                    if (error.path("type").isTextual()) {
                        types.add(error.path("type").asText());
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            return types; // what was read before the body stopped being JSON
        }
        return types;
    }

    /** {@code $.errors[0].title} → {@code /errors/0/title}; a path that is not of that shape is refused. */
    static JsonPointer pointer(String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("A JSON path starts with $, as in $.data.id.");
        }
        StringBuilder pointer = new StringBuilder();
        Matcher m = SEGMENT.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("The JSON path " + path + " is not of the form $.name[0].name.");
            }
            String part = m.group(1) != null ? m.group(1) : m.group(2);
            pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            at = m.end();
        }
        return JsonPointer.compile(pointer.toString());
    }

    private static Optional<JsonNode> parse(Body body) {
        try {
            return Optional.ofNullable(JSON.readTree(body.bytes())).filter(node -> !node.isMissingNode());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
