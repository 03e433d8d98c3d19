package dev.xinspect.core.interop;

import static dev.xinspect.core.interop.PostmanText.capital;
import static dev.xinspect.core.interop.PostmanText.shortText;
import static dev.xinspect.core.interop.PostmanText.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.workspace.SavedHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * A Postman request's headers and body as xinspect keeps them. Together because they depend on each other: Postman
 * keeps a body's type beside the body ({@code options.raw.language}, the mode), where xinspect needs a
 * {@code Content-Type} header; and the {@code Authorization} header is left out, since a credential profile signs.
 */
final class PostmanBody {
    /** A body as text, or as multipart form parts. */
    record Read(String text, List<FormPart> parts) {
    }

    private PostmanBody() {
    }

    /** The headers, their switched-off ones included; {@code Authorization} is left out and noted. */
    static List<SavedHeader> headers(JsonNode node, String where, PostmanReading reading) {
        List<SavedHeader> headers = new ArrayList<>();
        if (node.isTextual()) { // v2.1 allows the headers as one "Name: value" text
            for (String line : node.asText().split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    add(headers, new SavedHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), true), where, reading);
                }
            }
            return headers;
        }
        for (JsonNode row : node) {
            String key = text(row.path("key"));
            if (!key.isBlank()) {
                add(headers, new SavedHeader(key, text(row.path("value")), !row.path("disabled").asBoolean(false)), where, reading);
            }
        }
        return headers;
    }

    private static void add(List<SavedHeader> headers, SavedHeader header, String where, PostmanReading reading) {
        if (header.name().equalsIgnoreCase("Authorization")) {
            reading.droppedAuthHeaders.add(where);
        } else {
            headers.add(header);
        }
    }

    /** The body; a {@code Content-Type} its mode implies is added to {@code headers} unless one is there. */
    static Read read(JsonNode node, String where, List<SavedHeader> headers, PostmanReading reading) {
        String mode = text(node.path("mode"));
        return switch (mode) {
            case "", "none" -> new Read("", List.of());
            case "raw" -> raw(node, headers);
            case "urlencoded" -> urlencoded(node, where, headers, reading);
            case "formdata" -> new Read("", formData(node, where, reading));
            default -> {
                reading.notes.add(capital(where) + " has a body of mode \"" + shortText(mode) + "\", which xinspect does not import; the body was left out.");
                yield new Read("", List.of());
            }
        };
    }

    private static Read raw(JsonNode node, List<SavedHeader> headers) {
        String raw = text(node.path("raw"));
        String type = switch (text(node.path("options").path("raw").path("language"))) {
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "html" -> "text/html";
            case "javascript" -> "application/javascript";
            default -> "";
        };
        if (!raw.isEmpty() && !type.isEmpty()) {
            contentType(headers, type);
        }
        return new Read(raw, List.of());
    }

    private static Read urlencoded(JsonNode node, String where, List<SavedHeader> headers, PostmanReading reading) {
        List<QueryParam> fields = new ArrayList<>();
        int off = 0;
        for (JsonNode row : node.path("urlencoded")) {
            if (row.path("disabled").asBoolean(false)) {
                off++;
            } else if (!text(row.path("key")).isEmpty()) {
                fields.add(new QueryParam(text(row.path("key")), text(row.path("value"))));
            }
        }
        if (off > 0) {
            reading.notes.add(capital(where) + ": " + off + " switched-off form field" + (off == 1 ? " was" : "s were") + " left out.");
        }
        contentType(headers, "application/x-www-form-urlencoded");
        String joined = QueryString.join("", fields);
        return new Read(joined.startsWith("?") ? joined.substring(1) : joined, List.of());
    }

    private static List<FormPart> formData(JsonNode node, String where, PostmanReading reading) {
        List<FormPart> parts = new ArrayList<>();
        for (JsonNode row : node.path("formdata")) {
            String key = text(row.path("key"));
            if (key.isEmpty() || row.path("disabled").asBoolean(false)) {
                continue;
            }
            String contentType = text(row.path("contentType"));
            if (text(row.path("type")).equals("file")) {
                JsonNode src = row.path("src");
                String file = src.isArray() ? text(src.path(0)) : text(src);
                if (src.isArray() && src.size() > 1) {
                    reading.notes.add(capital(where) + ": the form field " + key + " sends several files; only the first was kept.");
                }
                parts.add(new FormPart(key, "", file, contentType, ""));
            } else {
                parts.add(new FormPart(key, text(row.path("value")), "", contentType, ""));
            }
        }
        return parts;
    }

    private static void contentType(List<SavedHeader> headers, String type) {
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type"))) {
            headers.add(new SavedHeader("Content-Type", type, true));
        }
    }
}
