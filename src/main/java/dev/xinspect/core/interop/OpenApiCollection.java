package dev.xinspect.core.interop;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.catalog.ApiParameter;
import dev.xinspect.core.catalog.Catalog;
import dev.xinspect.core.catalog.Endpoint;
import dev.xinspect.core.catalog.PathParameters;
import dev.xinspect.core.catalog.SpecReader;
import dev.xinspect.core.catalog.UnusableSpecException;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An OpenAPI 3 document as a collection: one folder per tag (an operation's first tag; {@code Untagged} for none),
 * one request per operation at {@code {{baseUrl}}} + its path with each path parameter a {@code {{variable}}}, its
 * required query parameters filled with the spec's default, first allowed value or minimum (else a
 * {@code {{variable}}}), and its optional ones as switched-off rows. Auth is the mode the operation accepts, app-only
 * Bearer first where it is one of them. {@code baseUrl} is the document's first server.
 */
public final class OpenApiCollection {
    private static final String BASE = "{{baseUrl}}";

    private final SpecReader reader;

    public OpenApiCollection(SpecReader reader) {
        this.reader = reader;
    }

    public ImportedCollection read(String json, String source) throws UnreadableCollectionException {
        try {
            JsonNode root = reader.parse(json);
            return collection(reader.read(root, source, null), root.path("servers").path(0).path("url").asText(""));
        } catch (UnusableSpecException e) {
            throw new UnreadableCollectionException(e.getMessage());
        }
    }

    /** The catalog's operations as a collection; {@code serverUrl} becomes {@code {{baseUrl}}} when not empty. */
    public ImportedCollection collection(Catalog catalog, String serverUrl) {
        Map<String, List<CollectionItem>> byTag = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> variables = new LinkedHashSet<>();
        for (Endpoint endpoint : catalog.endpoints()) {
            String tag = endpoint.tags().isEmpty() || endpoint.tags().get(0).isBlank() ? "Untagged" : endpoint.tags().get(0).strip();
            byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(request(endpoint, variables));
        }
        List<ImportedFolder> folders = byTag.entrySet().stream()
                .map(e -> new ImportedFolder(e.getKey(), List.of(), e.getValue())).toList();
        String title = catalog.info().title().isBlank() ? "OpenAPI" : catalog.info().title().strip();
        String name = catalog.info().version().isBlank() ? title : title + " " + catalog.info().version().strip();
        List<EnvironmentVariable> declared = new ArrayList<>();
        declared.add(new EnvironmentVariable("baseUrl", serverUrl, false));
        variables.forEach(v -> declared.add(new EnvironmentVariable(v, "", false)));
        List<String> notes = List.of(catalog.endpoints().size() + " operations in " + folders.size() + " folders, one per tag."
                + " Path parameters and required query parameters without a default are {{variables}}: fill them in the"
                + " environment " + name + " or in each request. {{baseUrl}} is " + (serverUrl.isEmpty() ? "empty (the document names no server)" : serverUrl) + ".");
        return new ImportedCollection(new ImportedFolder(name, folders, List.of()), declared, notes);
    }

    private static CollectionItem request(Endpoint endpoint, Set<String> variables) {
        Map<String, String> slots = new LinkedHashMap<>();
        for (String name : PathParameters.names(endpoint.pathTemplate())) {
            slots.put(name, "{{" + name + "}}");
            variables.add(name);
        }
        String path = PathParameters.fill(endpoint.pathTemplate(), slots);
        List<QueryParam> required = new ArrayList<>();
        List<QueryParam> optional = new ArrayList<>();
        for (ApiParameter parameter : endpoint.queryParameters()) {
            if (parameter.required()) {
                String value = example(parameter);
                if (value.isEmpty()) {
                    value = "{{" + parameter.name() + "}}";
                    variables.add(parameter.name());
                }
                required.add(new QueryParam(parameter.name(), value));
            } else {
                optional.add(new QueryParam(parameter.name(), parameter.defaultValue()));
            }
        }
        String name = !endpoint.summary().isBlank() ? endpoint.summary().strip()
                : !endpoint.operationId().isBlank() ? endpoint.operationId() : endpoint.label();
        String description = endpoint.label() + (endpoint.docsUrl().isEmpty() ? "" : "\n" + endpoint.docsUrl());
        SavedRequest request = new SavedRequest(name, endpoint.method().toUpperCase(Locale.ROOT),
                QueryString.join(BASE + path, required), List.of(), "", "", description, optional);
        return new CollectionItem(request, auth(endpoint));
    }

    private static String example(ApiParameter parameter) {
        if (!parameter.defaultValue().isEmpty()) {
            return parameter.defaultValue();
        }
        if (!parameter.allowedValues().isEmpty()) {
            return parameter.allowedValues().get(0);
        }
        return parameter.minimum() == null ? "" : String.valueOf(parameter.minimum());
    }

    private static AuthMode auth(Endpoint endpoint) {
        if (endpoint.needsNoAuth() || endpoint.authModes().isEmpty()) {
            return AuthMode.NONE;
        }
        for (AuthMode preferred : List.of(AuthMode.OAUTH2_APP_ONLY, AuthMode.OAUTH2_USER, AuthMode.OAUTH1_USER)) {
            if (endpoint.authModes().contains(preferred)) {
                return preferred;
            }
        }
        return AuthMode.NONE;
    }
}
