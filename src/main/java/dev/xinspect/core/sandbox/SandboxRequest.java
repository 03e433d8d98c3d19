package dev.xinspect.core.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the sandbox, read once: method, path, decoded query parameters (repeats kept), headers, body, the
 * path variables the route captured, and the URL the client signed (rebuilt from the Host header).
 */
final class SandboxRequest {
    final HttpExchange exchange;
    final String method;
    final String path;
    final List<QueryParam> query;
    final String body;
    Map<String, String> pathVariables = Map.of();

    SandboxRequest(HttpExchange exchange) throws IOException {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        this.path = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        this.query = rawQuery == null ? List.of() : QueryString.parse("?" + rawQuery);
        this.body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    Optional<String> param(String name) {
        return query.stream().filter(p -> p.name().equals(name)).map(QueryParam::value).findFirst();
    }

    String variable(String name) {
        return pathVariables.getOrDefault(name, "");
    }

    /** The URL as the client addressed it, without the query: what an OAuth 1.0a signature covers. */
    String signedBaseUrl() {
        String host = header("Host").orElse("127.0.0.1");
        return "http://" + host + path;
    }

    /** Form fields of an {@code application/x-www-form-urlencoded} body, decoded. */
    List<QueryParam> form() {
        return body.isEmpty() ? List.of() : QueryString.parse("?" + body);
    }

    Optional<String> formField(String name) {
        return form().stream().filter(p -> p.name().equals(name)).map(QueryParam::value).findFirst();
    }
}
