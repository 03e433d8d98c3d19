package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.util.List;
import java.util.Map;

/**
 * The error bodies the X API sends, shaped as it shapes them: the auth layer's 2-space-indented {@code about:blank}
 * bodies, problem types on {@code api.twitter.com} for the classic ones and {@code api.x.com} for newer ones.
 */
final class Problems {
    static final String CLASSIC = "https://api.twitter.com/2/problems/";
    static final String NEW = "https://api.x.com/2/problems/";
    private static final ObjectMapper MAPPER = JsonLimits.mapper();

    private Problems() {
    }

    /** The auth layer's answer: pretty-printed with two spaces, as X's edge prints it. */
    static Reply authLayer(int status, String title) {
        return Reply.problem(status, "{\n  \"title\": \"" + title + "\",\n  \"type\": \"about:blank\",\n  \"status\": "
                + status + ",\n  \"detail\": \"" + title + "\"\n}");
    }

    static Reply tooManyRequests() {
        return Reply.json(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}");
    }

    static Reply usageCapped() {
        return Reply.json(429, "{\"account_id\":1569110312,\"product_name\":\"standard-basic\",\"title\":\"UsageCapExceeded\","
                + "\"period\":\"Monthly\",\"scope\":\"Product\",\"detail\":\"Usage cap exceeded: Monthly product cap\","
                + "\"type\":\"" + CLASSIC + "usage-capped\"}");
    }

    static Reply unsupportedAuthentication() {
        return Reply.problem(403, "{\"title\":\"Unsupported Authentication\",\"detail\":\"Authenticating with OAuth 2.0 "
                + "Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User "
                + "Context, OAuth 2.0 User Context].\",\"type\":\"" + CLASSIC + "unsupported-authentication\",\"status\":403}");
    }

    static Reply forbidden(String detail) {
        return Reply.problem(403, "{\"title\":\"Forbidden\",\"type\":\"about:blank\",\"status\":403,\"detail\":" + quote(detail) + "}");
    }

    static Reply invalidRequest(List<ObjectNode> errors) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putArray("errors").addAll(errors);
        body.put("title", "Invalid Request").put("detail", "One or more parameters to your request was invalid.")
                .put("type", CLASSIC + "invalid-request");
        return Reply.json(400, body.toString());
    }

    static ObjectNode parameterError(String parameter, String value, String message) {
        ObjectNode error = MAPPER.createObjectNode();
        error.putObject("parameters").putArray(parameter).add(value);
        error.put("message", message);
        return error;
    }

    static ObjectNode notFound(String resourceType, String parameter, String id) {
        return MAPPER.createObjectNode().put("value", id)
                .put("detail", "Could not find " + resourceType + " with " + parameter + ": [" + id + "].")
                .put("title", "Not Found Error").put("resource_type", resourceType).put("parameter", parameter)
                .put("resource_id", id).put("type", CLASSIC + "resource-not-found");
    }

    static ObjectNode notAuthorized(String resourceType, String parameter, String id) {
        return MAPPER.createObjectNode().put("value", id)
                .put("detail", "Sorry, you are not authorized to see the " + resourceType + " with " + parameter + ": [" + id + "].")
                .put("title", "Authorization Error").put("resource_type", resourceType).put("parameter", parameter)
                .put("resource_id", id).put("section", "data").put("type", CLASSIC + "not-authorized-for-resource");
    }

    static ObjectNode disallowed(String resourceType, String parameter, String id) {
        return MAPPER.createObjectNode().put("value", id)
                .put("detail", "The " + resourceType + " with " + parameter + " [" + id + "] is withheld and cannot be served.")
                .put("title", "Disallowed Resource Error").put("resource_type", resourceType).put("parameter", parameter)
                .put("resource_id", id).put("section", "data").put("type", CLASSIC + "disallowed-resource");
    }

    static String clientDisconnected() {
        return "{\"errors\":[{\"title\":\"client-disconnected\",\"detail\":\"The client has disconnected.\","
                + "\"type\":\"" + CLASSIC + "client-disconnected\"}]}";
    }

    static Reply streamConnection(int status, String detail, String issue) {
        ObjectNode body = MAPPER.createObjectNode().put("title", "ConnectionException").put("detail", detail);
        if (issue != null) {
            body.put("connection_issue", issue);
        }
        body.put("type", CLASSIC + "streaming-connection");
        return Reply.json(status, body.toString());
    }

    static String operationalDisconnect(String disconnectType) {
        return "{\"errors\":[{\"title\":\"operational-disconnect\",\"disconnect_type\":\"" + disconnectType + "\","
                + "\"detail\":\"This stream has been disconnected for operational reasons.\",\"type\":\"" + CLASSIC
                + "operational-disconnect\"}]}";
    }

    static Reply oauthError(int status, String error, String description) {
        return Reply.json(status, MAPPER.createObjectNode().put("error", error).put("error_description", description).toString());
    }

    static Reply v1Error(int status, int code, String message) {
        return Reply.json(status, "{\"errors\":[{\"code\":" + code + ",\"message\":" + quote(message) + "}]}");
    }

    static String quote(String text) {
        return MAPPER.getNodeFactory().textNode(text).toString();
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
