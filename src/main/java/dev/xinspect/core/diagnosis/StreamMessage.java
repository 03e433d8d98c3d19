package dev.xinspect.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * A stream line that is not a Post, read the one way the console, {@code explain}, the recorder and the timeline all
 * use: a disconnect, in either of the shapes X has sent ({@code {"errors":[{"title":"operational-disconnect",
 * "disconnect_type":…}]}}, and the same object without the {@code errors} wrapper, as X sent it in 2022), or a line
 * of errors only. {@code error} is the object that says it: the first error, or the line itself when unwrapped.
 */
public record StreamMessage(Kind kind, String name, String disconnectType, ObjectNode error) {
    /** What the line means for the connection. */
    public enum Kind {
        /** X is closing the connection (operational-disconnect, client-disconnected, or any {@code disconnect_type}). */
        DISCONNECT,
        /** Errors without a Post, and nothing about the connection. */
        ERRORS
    }

    private static final Set<String> DISCONNECT_SLUGS = Set.of("operational-disconnect", "client-disconnected");

    /** The message a JSON line carries, or empty for a Post ({@code data}) or anything else. */
    public static Optional<StreamMessage> of(JsonNode line) {
        if (line == null || !line.isObject() || line.has("data")) {
            return Optional.empty();
        }
        JsonNode errors = line.path("errors");
        if (errors.isArray() && !errors.isEmpty() && errors.get(0).isObject()) {
            ObjectNode first = (ObjectNode) errors.get(0);
            return Optional.of(new StreamMessage(isDisconnect(first) ? Kind.DISCONNECT : Kind.ERRORS, nameOf(first),
                    first.path("disconnect_type").asText(""), first));
        }
        if (isDisconnect(line)) {
            return Optional.of(new StreamMessage(Kind.DISCONNECT, nameOf(line), line.path("disconnect_type").asText(""),
                    (ObjectNode) line));
        }
        return Optional.empty();
    }

    /** Whether an error object announces the end of the connection. */
    static boolean isDisconnect(JsonNode error) {
        return error.path("disconnect_type").isTextual() || DISCONNECT_SLUGS.contains(slugOf(error));
    }

    /** The problem slug of an error: from its {@code type}, else its {@code title} when that is a slug X uses as a title. */
    static String slugOf(JsonNode error) {
        String type = error.path("type").asText("");
        if (!type.isEmpty()) {
            return ProblemSlug.of(type);
        }
        String title = error.path("title").asText("");
        return DISCONNECT_SLUGS.contains(title) ? title : "";
    }

    /** The message as one phrase: {@code operational-disconnect (OperationalDisconnect)}. */
    public String label() {
        return disconnectType.isEmpty() ? name : name + " (" + disconnectType + ")";
    }

    private static String nameOf(JsonNode error) {
        String slug = slugOf(error);
        String name = slug.isEmpty() ? error.path("title").asText(kindWord(error)) : slug;
        String issue = error.path("connection_issue").asText("");
        return issue.isEmpty() ? name : name + " (" + issue + ")";
    }

    private static String kindWord(JsonNode error) {
        return isDisconnect(error) ? "disconnect message" : "error";
    }
}
