package dev.xinspect.core.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a workspace collection as a Postman Collection v2.1: folders as item groups, each request with its method,
 * URL (raw and in parts, disabled query rows kept as disabled), headers, body (raw with its language, urlencoded or
 * formdata) and auth. Auth is written by the mode of the request's profile with {@code {{variables}}} in place of
 * every credential (the names X's own collection uses), never a value; secret variables are written empty.
 */
public final class PostmanWriter {
    private static final Pattern ABSOLUTE = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/]*)(.*)$");
    private static final Pattern TEMPLATED = Pattern.compile("^(\\{\\{[^{}]+}})(.*)$");

    private static final OAuthEndpoints X = OAuthEndpoints.x();

    private final ObjectMapper mapper = JsonLimits.mapper();
    private final Function<String, Optional<AuthMode>> profileMode;

    /** @param profileMode the auth mode of a credential profile by name; empty when there is no such profile */
    public PostmanWriter(Function<String, Optional<AuthMode>> profileMode) {
        this.profileMode = profileMode;
    }

    /** The collection (and the environment's variables, when given) as Postman v2.1 JSON text. */
    public String write(CollectionFolder collection, Optional<Environment> variables) {
        ObjectNode root = mapper.createObjectNode();
        root.putObject("info").put("name", collection.name()).put("schema", PostmanReader.SCHEMA_V21);
        items(root.putArray("item"), collection);
        ArrayNode list = root.putArray("variable");
        variables.ifPresent(environment -> {
            for (EnvironmentVariable variable : environment.variables()) {
                ObjectNode node = list.addObject().put("key", variable.name()).put("value", variable.secret() ? "" : variable.value())
                        .put("type", "string");
                if (variable.secret()) {
                    node.put("description", "A secret: its value stays in xinspect's credential store.");
                }
            }
        });
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings always serialises", e);
        }
    }

    private void items(ArrayNode items, CollectionFolder folder) {
        for (CollectionFolder child : folder.folders()) {
            ObjectNode node = items.addObject().put("name", child.name());
            items(node.putArray("item"), child);
        }
        for (CollectionFolder.RequestEntry entry : folder.requests()) {
            SavedRequest request = entry.request();
            ObjectNode item = items.addObject().put("name", request.name());
            ObjectNode node = item.putObject("request");
            node.put("method", request.method());
            auth(node, request.authProfile());
            ArrayNode headers = node.putArray("header");
            for (SavedHeader header : request.headers()) {
                ObjectNode row = headers.addObject().put("key", header.name()).put("value", header.value());
                if (!header.enabled()) {
                    row.put("disabled", true);
                }
            }
            body(node, request);
            url(node.putObject("url"), request);
            if (!request.description().isEmpty()) {
                node.put("description", request.description());
            }
        }
    }

    private static void url(ObjectNode url, SavedRequest request) {
        url.put("raw", request.url());
        String base = QueryString.base(request.url());
        Matcher absolute = ABSOLUTE.matcher(base);
        Matcher templated = TEMPLATED.matcher(base);
        String path;
        if (absolute.matches()) {
            url.put("protocol", absolute.group(1));
            ArrayNode host = url.putArray("host");
            List.of(absolute.group(2).split("\\.")).forEach(host::add);
            path = absolute.group(3);
        } else if (templated.matches()) {
            url.putArray("host").add(templated.group(1));
            path = templated.group(2);
        } else {
            path = "";
        }
        if (!path.isEmpty()) {
            ArrayNode segments = url.putArray("path");
            List.of((path.startsWith("/") ? path.substring(1) : path).split("/", -1)).forEach(segments::add);
        }
        List<QueryParam> enabled = QueryString.parse(request.url());
        if (!enabled.isEmpty() || !request.disabledQuery().isEmpty()) {
            ArrayNode query = url.putArray("query");
            enabled.forEach(p -> query.addObject().put("key", p.name()).put("value", p.value()));
            request.disabledQuery().forEach(p -> query.addObject().put("key", p.name()).put("value", p.value()).put("disabled", true));
        }
    }

    private static void body(ObjectNode node, SavedRequest request) {
        if (!request.parts().isEmpty()) {
            ArrayNode form = node.putObject("body").put("mode", "formdata").putArray("formdata");
            for (FormPart part : request.parts()) {
                ObjectNode row = form.addObject().put("key", part.name());
                if (part.isFile()) {
                    row.put("type", "file").put("src", part.file());
                } else {
                    row.put("type", "text").put("value", part.value());
                }
                if (!part.contentType().isEmpty()) {
                    row.put("contentType", part.contentType());
                }
            }
            return;
        }
        if (request.body().isEmpty()) {
            return;
        }
        String type = request.headers().stream().filter(h -> h.enabled() && h.name().equalsIgnoreCase("Content-Type"))
                .map(h -> h.value().toLowerCase(Locale.ROOT)).findFirst().orElse("");
        ObjectNode body = node.putObject("body");
        if (type.startsWith("application/x-www-form-urlencoded")) {
            ArrayNode fields = body.put("mode", "urlencoded").putArray("urlencoded");
            QueryString.parse("?" + request.body()).forEach(p -> fields.addObject().put("key", p.name()).put("value", p.value()));
            return;
        }
        body.put("mode", "raw").put("raw", request.body());
        String language = type.contains("json") ? "json" : type.contains("xml") ? "xml" : type.startsWith("text/html") ? "html"
                : type.contains("javascript") ? "javascript" : "text";
        body.putObject("options").putObject("raw").put("language", language);
    }

    private void auth(ObjectNode node, String profile) {
        AuthMode mode = profile.isEmpty() ? AuthMode.NONE : profileMode.apply(profile).orElse(AuthMode.NONE);
        ObjectNode auth = node.putObject("auth");
        switch (mode) {
            case NONE -> auth.put("type", "noauth");
            case OAUTH1_USER -> attributes(auth, "oauth1", "consumerKey", "{{consumer_key}}", "consumerSecret", "{{consumer_secret}}",
                    "token", "{{access_token}}", "tokenSecret", "{{token_secret}}", "signatureMethod", "HMAC-SHA1", "version", "1.0");
            case OAUTH2_APP_ONLY -> attributes(auth, "bearer", "token", "{{bearer_token}}");
            case OAUTH2_USER -> attributes(auth, "oauth2", "grant_type", "authorization_code_with_pkce",
                    "authUrl", X.oauth2Authorize().toString(), "accessTokenUrl", X.oauth2Token().toString(),
                    "clientId", "{{client_id}}", "clientSecret", "{{client_secret}}", "addTokenTo", "header");
            case BASIC -> attributes(auth, "basic", "username", "{{username}}", "password", "{{password}}");
        }
    }

    private static void attributes(ObjectNode auth, String type, String... keysAndValues) {
        ArrayNode list = auth.put("type", type).putArray(type);
        List<String> pairs = new ArrayList<>(List.of(keysAndValues));
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            list.addObject().put("key", pairs.get(i)).put("value", pairs.get(i + 1)).put("type", "string");
        }
    }
}
