package dev.xinspect.core.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of request and environment files. Keys are written in a fixed order, two-space indented, one value per
 * line, LF line ends and a trailing newline, so equal content gives equal bytes and a change diffs as the lines that
 * changed. Reading is lenient about what is optional and strict about what is not (a request needs its method and
 * URL).
 */
final class WorkspaceJson {
    /** A file that is not what it should be; the message says why, without quoting the content. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private final JsonPrettyPrinter printer = new JsonPrettyPrinter();

    byte[] request(SavedRequest request) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", request.name()).put("method", request.method()).put("url", request.url());
        ArrayNode headers = root.putArray("headers");
        request.headers().forEach(h -> headers.addObject().put("name", h.name()).put("value", h.value()).put("enabled", h.enabled()));
        root.put("body", request.body()).put("authProfile", request.authProfile());
        if (!request.disabledQuery().isEmpty()) { // written only when there are some: older files stay as they are
            ArrayNode query = root.putArray("disabledQuery");
            request.disabledQuery().forEach(p -> query.addObject().put("name", p.name()).put("value", p.value()));
        }
        if (!request.description().isEmpty()) {
            root.put("description", request.description());
        }
        if (!request.parts().isEmpty()) { // a multipart body: its rows, the files by path
            ArrayNode parts = root.putArray("multipart");
            for (FormPart part : request.parts()) {
                ObjectNode node = parts.addObject().put("name", part.name());
                if (part.isFile()) {
                    node.put("file", part.file());
                } else {
                    node.put("value", part.value());
                }
                if (!part.contentType().isEmpty()) {
                    node.put("type", part.contentType());
                }
                if (!part.filename().isEmpty()) {
                    node.put("filename", part.filename());
                }
            }
        }
        return bytes(root);
    }

    SavedRequest request(byte[] bytes, String fallbackName) throws Unreadable {
        JsonNode root = object(bytes);
        JsonNode method = root.get("method");
        JsonNode url = root.get("url");
        if (method == null || !method.isTextual() || url == null || !url.isTextual()) {
            throw new Unreadable("it has no method or URL");
        }
        List<SavedHeader> headers = new ArrayList<>();
        for (JsonNode header : root.path("headers")) {
            if (!header.isObject() || !header.path("name").isTextual()) {
                throw new Unreadable("a header has no name");
            }
            headers.add(new SavedHeader(header.path("name").asText(), header.path("value").asText(""),
                    header.path("enabled").asBoolean(true)));
        }
        List<QueryParam> disabledQuery = new ArrayList<>();
        for (JsonNode param : root.path("disabledQuery")) {
            if (!param.isObject() || !param.path("name").isTextual()) {
                throw new Unreadable("a disabled query parameter has no name");
            }
            disabledQuery.add(new QueryParam(param.path("name").asText(), param.path("value").asText("")));
        }
        List<FormPart> parts = new ArrayList<>();
        for (JsonNode part : root.path("multipart")) {
            if (!part.isObject() || !part.path("name").isTextual()) {
                throw new Unreadable("a multipart part has no name");
            }
            parts.add(new FormPart(part.path("name").asText(), part.path("value").asText(""), part.path("file").asText(""),
                    part.path("type").asText(""), part.path("filename").asText("")));
        }
        String name = root.path("name").asText("");
        return new SavedRequest(name.isBlank() ? fallbackName : name, method.asText(), url.asText(), headers,
                root.path("body").asText(""), root.path("authProfile").asText(""), root.path("description").asText(""),
                disabledQuery, parts);
    }

    /** An environment file: secret variables are listed by name with {@code "secret": true} and no value. */
    byte[] environment(Environment environment) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", environment.name());
        if (!environment.authProfile().isEmpty()) {
            root.put("authProfile", environment.authProfile());
        }
        ArrayNode variables = root.putArray("variables");
        for (EnvironmentVariable variable : environment.variables()) {
            ObjectNode node = variables.addObject().put("name", variable.name());
            if (variable.secret()) {
                node.put("secret", true);
            } else {
                node.put("value", variable.value());
            }
        }
        return bytes(root);
    }

    /** The environment with secret values empty: the caller fills them from the credential store. */
    Environment environment(byte[] bytes, String fallbackName) throws Unreadable {
        JsonNode root = object(bytes);
        List<EnvironmentVariable> variables = new ArrayList<>();
        for (JsonNode variable : root.path("variables")) {
            if (!variable.isObject() || !variable.path("name").isTextual()) {
                throw new Unreadable("a variable has no name");
            }
            boolean secret = variable.path("secret").asBoolean(false);
            variables.add(new EnvironmentVariable(variable.path("name").asText(), secret ? "" : variable.path("value").asText(""), secret));
        }
        String name = root.path("name").asText("");
        return new Environment(name.isBlank() ? fallbackName : name, variables, root.path("authProfile").asText(""));
    }

    private static JsonNode object(byte[] bytes) throws Unreadable {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new Unreadable(bytes.length == 0 ? "it is empty" : "it is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new Unreadable(JsonLimits.limitReached(e).map(limit -> "it " + limit).orElse("it is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new Unreadable("it could not be parsed");
        }
    }

    private byte[] bytes(ObjectNode root) {
        try {
            return (printer.format(JSON.writeValueAsString(root)).text() + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
