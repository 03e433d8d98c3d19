package dev.xinspect.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.json.JsonLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an OpenAPI 3 document in X's format into a {@link Catalog}: every operation under {@code paths}, its
 * parameters (path-level and operation-level, {@code $ref}s into {@code components/parameters} and
 * {@code components/schemas} resolved), enums of values and of array items, and {@code security} mapped with
 * {@link AuthMode#fromSecurityScheme}. Stateless and thread-safe.
 */
public final class SpecReader {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> X_SCHEMES = Set.of("BearerToken", "OAuth2UserToken", "UserToken");
    private static final int MAX_REF_DEPTH = 16;

    private final ObjectMapper mapper;

    public SpecReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public SpecReader() {
        this(JsonLimits.mapper());
    }

    /** Parses JSON text (a leading byte order mark is fine) into a tree, or says in one sentence why not. */
    public JsonNode parse(String json) throws UnusableSpecException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new UnusableSpecException("The spec is empty.");
        }
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || !root.isObject()) {
                throw new UnusableSpecException("The spec is not a JSON object.");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UnusableSpecException("The spec is not valid JSON (" + JsonLimits.problem(e) + ").", e);
        }
    }

    /** {@link #parse} then {@link #read(JsonNode, String, Instant)}. */
    public Catalog read(String json, String source, Instant fetchedAt) throws UnusableSpecException {
        return read(parse(json), source, fetchedAt);
    }

    /** The catalog of a parsed document; {@code source} names where it came from, {@code fetchedAt} may be null. */
    public Catalog read(JsonNode root, String source, Instant fetchedAt) throws UnusableSpecException {
        if (!root.path("openapi").asText("").startsWith("3.")) {
            throw new UnusableSpecException("The JSON is not an OpenAPI 3 document (it has no \"openapi\": \"3.x\").");
        }
        JsonNode paths = root.path("paths");
        if (!paths.isObject() || paths.isEmpty()) {
            throw new UnusableSpecException("The OpenAPI document has no paths.");
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode item = resolve(root, path.getValue());
            for (String method : METHODS) {
                JsonNode operation = item.path(method);
                if (operation.isObject()) {
                    endpoints.add(endpoint(root, path.getKey(), method, item, operation));
                }
            }
        }
        if (endpoints.isEmpty()) {
            throw new UnusableSpecException("The OpenAPI document has paths but no operations.");
        }
        JsonNode info = root.path("info");
        return new Catalog(new SpecInfo(info.path("title").asText(""), info.path("version").asText(""), source, fetchedAt),
                endpoints);
    }

    private Endpoint endpoint(JsonNode root, String path, String method, JsonNode item, JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.path("security") : root.path("security");
        Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
        Set<String> scopes = new LinkedHashSet<>();
        if (!security.isArray() || security.isEmpty()) {
            // OpenAPI 3.0, Operation Object: without its own list the top-level one applies; none at all, or an empty
            // list, means no auth is needed (X's GET /2/openapi.json).
            modes.add(AuthMode.NONE);
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                modes.add(AuthMode.NONE); // {} in the list makes auth optional
            }
            for (Map.Entry<String, JsonNode> scheme : requirement.properties()) {
                if (X_SCHEMES.contains(scheme.getKey())) {
                    AuthMode mode = AuthMode.fromSecurityScheme(scheme.getKey());
                    modes.add(mode);
                    if (mode == AuthMode.OAUTH2_USER) {
                        scheme.getValue().forEach(scope -> scopes.add(scope.asText()));
                    }
                }
            }
        }
        List<String> tags = new ArrayList<>();
        operation.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new Endpoint(method.toUpperCase(Locale.ROOT), path, operation.path("operationId").asText(""),
                operation.path("summary").asText(""), tags, operation.path("externalDocs").path("url").asText(""),
                modes, List.copyOf(scopes), parameters(root, item, operation),
                operation.path("x-twitter-streaming").asBoolean(false), dataObject(root, operation));
    }

    /**
     * The schema name of what a successful answer holds in {@code data}: X's response schemas are objects whose
     * {@code data} is one {@code $ref} or an array of them ({@code Get2TweetsSearchRecentResponse.data[]} is
     * {@code Tweet}, named {@code Post} since 2.167). Empty when the spec does not say.
     */
    private static String dataObject(JsonNode root, JsonNode operation) {
        for (String status : List.of("200", "201")) {
            JsonNode schema = resolve(root, operation.path("responses").path(status).path("content")
                    .path("application/json").path("schema"));
            JsonNode data = schema.path("properties").path("data");
            JsonNode target = data.path("type").asText("").equals("array") ? data.path("items") : data;
            String ref = target.path("$ref").asText("");
            if (ref.startsWith("#/components/schemas/")) {
                return ref.substring("#/components/schemas/".length());
            }
        }
        return "";
    }

    /** Path-item parameters first, then the operation's, which replace a path-item one of the same name and place. */
    private List<ApiParameter> parameters(JsonNode root, JsonNode item, JsonNode operation) {
        Map<String, ApiParameter> byKey = new LinkedHashMap<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode node : list) {
                parameter(root, resolve(root, node)).ifPresent(p -> byKey.put(p.location() + " " + p.name(), p));
            }
        }
        return List.copyOf(byKey.values());
    }

    private Optional<ApiParameter> parameter(JsonNode root, JsonNode node) {
        String name = node.path("name").asText("");
        Optional<ParameterLocation> location = ParameterLocation.fromOpenApi(node.path("in").asText(""));
        if (name.isEmpty() || location.isEmpty()) {
            return Optional.empty();
        }
        JsonNode schema = resolve(root, node.path("schema"));
        JsonNode items = resolve(root, schema.path("items"));
        JsonNode valueSchema = schema.path("type").asText("").equals("array") ? items : schema;
        List<String> allowed = new ArrayList<>();
        valueSchema.path("enum").forEach(value -> allowed.add(value.asText()));
        String description = node.path("description").asText(schema.path("description").asText(""));
        return Optional.of(new ApiParameter(name, location.get(),
                node.path("required").asBoolean(location.get() == ParameterLocation.PATH), description,
                schema.path("type").asText(""), allowed, valueSchema.path("pattern").asText(""),
                valueSchema.path("minimum").isNumber() ? valueSchema.path("minimum").asLong() : null,
                valueSchema.path("maximum").isNumber() ? valueSchema.path("maximum").asLong() : null,
                schema.has("default") ? schema.path("default").asText() : ""));
    }

    /** Follows local {@code $ref}s ({@code #/components/...}); a missing or remote target reads as an empty node. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < MAX_REF_DEPTH && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asText("");
            if (!ref.startsWith("#/")) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
