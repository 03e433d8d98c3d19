package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /2/openapi.json} for the sandbox's own API endpoints, in the structure of X's spec (paths, parameters,
 * {@code security} with {@code BearerToken}, {@code OAuth2UserToken} and {@code UserToken}), made from the route table.
 */
final class OpenApiDocument {
    private static final ObjectMapper MAPPER = JsonLimits.mapper();
    private static final Map<String, Set<String>> FIELD_VALUES = Map.of("tweet.fields", Fields.TWEET_FIELDS,
            "user.fields", Fields.USER_FIELDS, "expansions", Fields.EXPANSIONS);

    private OpenApiDocument() {
    }

    static String of(List<Route> routes, URI server) {
        ObjectNode root = MAPPER.createObjectNode().put("openapi", "3.0.0");
        root.putObject("info").put("title", "xinspect sandbox (X API v2 stand-in)").put("version", "2.167-sandbox");
        root.putArray("servers").addObject().put("url", server.toString());
        ObjectNode paths = root.putObject("paths");
        for (Route route : routes) {
            if (!route.template().startsWith("/2/") || route.template().startsWith("/2/oauth2")) {
                continue;
            }
            ObjectNode pathItem = paths.has(route.openApiPath()) ? (ObjectNode) paths.get(route.openApiPath())
                    : paths.putObject(route.openApiPath());
            ObjectNode operation = pathItem.putObject(route.method().toLowerCase(Locale.ROOT));
            operation.put("summary", route.summary()).put("operationId", operationId(route));
            ArrayNode parameters = operation.putArray("parameters");
            String previous = "";
            for (String segment : route.template().split("/")) {
                if (segment.startsWith(":")) {
                    parameters.addObject().put("name", segment.substring(1)).put("in", "path").put("required", true)
                            .put("description", pathDescription(previous, segment.substring(1)))
                            .putObject("schema").put("type", "string");
                }
                previous = segment;
            }
            for (String name : new TreeSet<>(route.parameters())) {
                ObjectNode parameter = parameters.addObject().put("name", name).put("in", "query").put("required", false);
                Set<String> values = FIELD_VALUES.get(name);
                if (values == null) {
                    parameter.putObject("schema").put("type", "string");
                } else {
                    // as X's spec: a comma-separated list whose items are an enum (what ParameterCheck accepts)
                    ArrayNode allowed = parameter.put("explode", false).put("style", "form").putObject("schema")
                            .put("type", "array").putObject("items").put("type", "string").putArray("enum");
                    new TreeSet<>(values).forEach(allowed::add);
                }
            }
            security(operation.putArray("security"), route.access(), route.template().startsWith("/2/media/")
                    ? List.of("media.write") : List.of("tweet.read", "users.read"));
            dataObject(route).ifPresent(object -> operation.putObject("responses").putObject("200").putObject("content")
                    .putObject("application/json").putObject("schema").put("type", "object").putObject("properties")
                    .putObject("data").put("$ref", "#/components/schemas/" + object));
        }
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.putObject("Tweet").put("type", "object");
        schemas.putObject("User").put("type", "object");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("BearerToken").put("type", "http").put("scheme", "bearer");
        schemes.putObject("UserToken").put("type", "http").put("scheme", "OAuth");
        schemes.putObject("OAuth2UserToken").put("type", "oauth2");
        return root.toPrettyString();
    }

    /** The object a lookup answers with in {@code data}, named as X's 2.159 spec names it (as the catalog reads it). */
    private static Optional<String> dataObject(Route route) {
        if (!route.method().equals("GET")) {
            return Optional.empty();
        }
        return route.template().startsWith("/2/users") ? Optional.of("User")
                : route.template().startsWith("/2/tweets") ? Optional.of("Tweet") : Optional.empty();
    }

    /** What a path parameter holds, from the segment before it ({@code /2/users/:id}: a User's ID). */
    private static String pathDescription(String previous, String name) {
        return switch (name) {
            case "username" -> "The user's handle, without the @.";
            case "id" -> previous.equals("users") ? "The numeric ID of the User."
                    : previous.equals("upload") ? "The media upload's id, from initialize." : "The numeric ID of the Post.";
            default -> "The " + name + " of the resource.";
        };
    }

    /** @param scopes the OAuth 2.0 scopes X's spec lists for the operation */
    private static void security(ArrayNode security, Route.Access access, List<String> scopes) {
        if (access == Route.Access.ANY) {
            security.addObject().putArray("BearerToken");
        }
        if (access != Route.Access.NONE) {
            ArrayNode needed = security.addObject().putArray("OAuth2UserToken");
            scopes.forEach(needed::add);
            security.addObject().putArray("UserToken");
        }
    }

    private static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().toLowerCase(Locale.ROOT));
        for (String segment : route.template().split("[/.]")) {
            if (!segment.isEmpty() && !segment.equals("2")) {
                String word = segment.startsWith(":") ? "By" + segment.substring(1) : segment;
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString().replaceAll("[^A-Za-z0-9]", "");
    }
}
