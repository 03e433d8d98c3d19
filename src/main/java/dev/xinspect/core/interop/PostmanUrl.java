package dev.xinspect.core.interop;

import static dev.xinspect.core.interop.PostmanText.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Postman request's URL as xinspect keeps it. Postman stores a URL three ways (a string, an object with {@code raw},
 * an object of parts without it) and keeps query rows and {@code :name} path values beside the text; this puts them
 * back into one URL, with switched-off query rows kept apart so the editor can show them switched off.
 */
final class PostmanUrl {
    private static final Pattern PATH_VARIABLE = Pattern.compile("(?<=/):([A-Za-z0-9_.\\-]+)");

    private PostmanUrl() {
    }

    /** The URL with its enabled query rows; disabled rows go to {@code disabledQuery}; {@code :name} path slots are filled. */
    static String read(JsonNode node, List<QueryParam> disabledQuery) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (!node.isObject()) {
            return "";
        }
        String raw = text(node.path("raw"));
        String base = raw.isEmpty() ? assembled(node) : QueryString.base(raw);
        List<QueryParam> enabled = new ArrayList<>();
        if (node.path("query").isArray()) {
            for (JsonNode row : node.path("query")) {
                String key = text(row.path("key"));
                String value = text(row.path("value"));
                if (key.isEmpty() && value.isEmpty()) {
                    continue;
                }
                (row.path("disabled").asBoolean(false) ? disabledQuery : enabled).add(new QueryParam(key, value));
            }
        } else {
            enabled.addAll(QueryString.parse(raw));
        }
        String filled = withPathValues(base, node.path("variable"));
        return enabled.isEmpty() ? filled : QueryString.join(filled, enabled);
    }

    /** {@code :name} path slots take their value from the URL's variables, or become {@code {{name}}} without one. */
    private static String withPathValues(String base, JsonNode variables) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode variable : variables) {
            pathValues.put(text(variable.path("key")), text(variable.path("value")));
        }
        Matcher slot = PATH_VARIABLE.matcher(base);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            String value = pathValues.getOrDefault(slot.group(1), "");
            slot.appendReplacement(filled, Matcher.quoteReplacement(value.isEmpty() ? "{{" + slot.group(1) + "}}" : value));
        }
        slot.appendTail(filled);
        return filled.toString();
    }

    /** A URL object without {@code raw}: protocol, host, port and path put together. */
    private static String assembled(JsonNode node) {
        String protocol = text(node.path("protocol"));
        String host = node.path("host").isArray() ? joined(node.path("host"), ".") : text(node.path("host"));
        String port = text(node.path("port"));
        String path = node.path("path").isArray() ? joined(node.path("path"), "/") : text(node.path("path"));
        return (protocol.isEmpty() ? "" : protocol + "://") + host + (port.isEmpty() ? "" : ":" + port)
                + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
    }

    private static String joined(JsonNode parts, String separator) {
        List<String> texts = new ArrayList<>();
        parts.forEach(part -> texts.add(part.isObject() ? text(part.path("value")) : text(part)));
        return String.join(separator, texts);
    }
}
