package dev.xinspect.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds X's error body inside what an SDK wraps around it: {@code error.data} (twitter-api-v2), {@code response.data}
 * (axios), {@code error} beside {@code status} and headers (twitter-api-typescript-sdk), {@code errors[].error}, a
 * body kept as a JSON string ({@code data: '{"errors":[…]}'}). Searches breadth-first, nearest first, a few levels
 * deep; the status is the body's own, else the nearest wrapper's {@code status}, {@code statusCode} or {@code code}.
 */
final class ErrorBodyLocator {
    private static final int MAX_DEPTH = 6;

    /** X's body and the status found beside it (absent when the paste does not say). */
    record Located(JsonNode body, OptionalInt status, JsonNode wrapper) {
    }

    private ErrorBodyLocator() {
    }

    static Optional<Located> find(JsonNode root) {
        return find(root, OptionalInt.empty(), root, 0);
    }

    private static Optional<Located> find(JsonNode node, OptionalInt outerStatus, JsonNode wrapper, int depth) {
        if (depth > MAX_DEPTH || node == null) {
            return Optional.empty();
        }
        if (node.isTextual() && node.asText().strip().startsWith("{")) {
            return LenientJson.parse(node.asText().strip()).flatMap(parsed -> find(parsed, outerStatus, wrapper, depth + 1));
        }
        if (!node.isContainerNode()) {
            return Optional.empty();
        }
        OptionalInt status = statusOf(node).isPresent() ? statusOf(node) : outerStatus;
        if (node.isObject() && isXErrorBody(node)) {
            OptionalInt own = node.path("status").canConvertToInt() ? OptionalInt.of(node.path("status").asInt()) : status;
            return Optional.of(new Located(node, own, wrapper));
        }
        Iterable<JsonNode> children = node.isArray() ? node : node.properties().stream().map(Map.Entry::getValue).toList();
        for (JsonNode child : children) {
            Optional<Located> found = find(child, status, node.isObject() ? node : wrapper, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The shapes X answers errors in: a problem, {@code errors[]}, an OAuth 2.0 error, a stream disconnect. */
    static boolean isXErrorBody(JsonNode node) {
        boolean problem = node.path("type").isTextual() && (node.path("title").isTextual() || node.path("detail").isTextual())
                && !node.path("type").asText().equals("response");
        JsonNode errors = node.path("errors");
        boolean errorList = errors.isArray() && !errors.isEmpty() && errors.get(0).isObject()
                && (errors.get(0).has("message") || errors.get(0).has("title") || errors.get(0).has("type"));
        boolean oauth = node.path("error").isTextual() && node.path("error_description").isTextual();
        return problem || errorList || oauth || node.path("disconnect_type").isTextual();
    }

    private static OptionalInt statusOf(JsonNode node) {
        for (String name : new String[] {"status", "statusCode", "code"}) {
            JsonNode value = node.path(name);
            if (value.canConvertToInt() && value.asInt() >= 100 && value.asInt() <= 599 && !value.isTextual()) {
                return OptionalInt.of(value.asInt());
            }
        }
        return OptionalInt.empty();
    }
}
