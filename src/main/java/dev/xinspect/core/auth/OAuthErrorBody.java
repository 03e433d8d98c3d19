package dev.xinspect.core.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;

/**
 * The error an OAuth endpoint sent, whatever its shape: RFC 6749 §5.2 {@code {"error","error_description"}}, X's
 * v1.1 {@code {"errors":[{"code","message"}]}}, or the XML or plain text the OAuth 1.0a endpoints send.
 */
public record OAuthErrorBody(String error, String description) {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final int MAX_TEXT = 200;

    public static OAuthErrorBody read(String body) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode node = text.isEmpty() ? null : JSON.readTree(text);
            if (node != null && node.isObject()) {
                return fromJson(node);
            }
        } catch (JsonProcessingException e) {
            // not JSON: read it as text below
        }
        // XML (<error>…</error>) or text: keep the words, drop the markup, cap the length.
        String words = text.replaceAll("<\\?[^>]*\\?>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        if (words.isEmpty()) {
            return new OAuthErrorBody(null, null);
        }
        return new OAuthErrorBody(null, words.length() > MAX_TEXT ? words.substring(0, MAX_TEXT) + "…" : words);
    }

    private static OAuthErrorBody fromJson(JsonNode node) {
        String error = text(node, "error");
        String description = text(node, "error_description");
        if (error == null && node.path("errors").isArray() && !node.path("errors").isEmpty()) {
            JsonNode first = node.path("errors").get(0);
            error = first.hasNonNull("code") ? "error " + first.get("code").asText() : null;
            description = text(first, "message");
        }
        return new OAuthErrorBody(error, description);
    }

    public boolean isEmpty() {
        return error == null && description == null;
    }

    /** The exception to throw for this body at {@code status}, with an optional hint. */
    public OAuthException toException(int status, String hint) {
        return new OAuthException(error, isEmpty() ? "The server refused the request without an error body" : description, status, hint);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
