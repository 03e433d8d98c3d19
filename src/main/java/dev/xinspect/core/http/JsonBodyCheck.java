package dev.xinspect.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;

/**
 * Checks a request body as it is typed: a body that looks like JSON (it starts with {@code {} or {@code [}) must be
 * JSON, so the mistake shows before sending, not after X answers 400. A {@code {{variable}}} counts as a value,
 * since it is resolved only at Send. Thread-safe.
 */
public final class JsonBodyCheck {
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private JsonBodyCheck() {
    }

    /** The sentence saying why {@code text} is not valid JSON; empty when it is, or does not look like JSON at all. */
    public static String problem(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
            return "";
        }
        try {
            JSON.readTree(Variables.withEveryPlaceholderAs(trimmed, "0"));
            return "";
        } catch (JsonProcessingException e) {
            return "The body is not valid JSON (" + JsonLimits.problem(e) + ").";
        }
    }
}
