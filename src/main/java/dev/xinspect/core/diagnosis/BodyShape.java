package dev.xinspect.core.diagnosis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What a response body turned out to be. For a JSON object, {@code json} holds its top-level members except the
 * bulky result members ({@code data}, {@code includes}), whose presence {@code hasData} records: error
 * diagnosis never needs the results, and skipping them keeps a 200 MB body cheap. {@code note} is a plain
 * remark for the user, empty when the body is ordinary JSON.
 */
public record BodyShape(Kind kind, ObjectNode json, boolean hasData, String note) {

    /** The kinds of body the diagnosis tells apart. */
    public enum Kind { EMPTY, JSON, NDJSON, JSON_ARRAY, MALFORMED_JSON, HTML, XML, TEXT, BINARY }

    public Optional<ObjectNode> jsonObject() {
        return Optional.ofNullable(json);
    }

    public boolean isJson() {
        return kind == Kind.JSON || kind == Kind.NDJSON || kind == Kind.JSON_ARRAY;
    }
}
