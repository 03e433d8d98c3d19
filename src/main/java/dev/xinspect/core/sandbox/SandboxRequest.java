package dev.xinspect.core.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    /** The largest request body the sandbox reads: X's JSON bodies are a few KB. */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** An APPEND of a chunked media upload: a segment of up to 5 MB and its multipart framing. */
    static final long MAX_APPEND_BYTES = 5L * 1024 * 1024 + 64 * 1024;

    final List<QueryParam> query;
    private byte[] bytes;
    Map<String, String> pathVariables = Map.of();

    /** Thrown when a body without a Content-Length turns out larger than {@link #MAX_BODY_BYTES} as it is read. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body over its limit", null, false, false);
        }
    }

    SandboxRequest(HttpExchange exchange) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        this.path = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        this.query = rawQuery == null ? List.of() : QueryString.parse("?" + rawQuery);
    }

    /** The most body bytes the sandbox reads for a path: more for a media APPEND than for anything else. */
    static long limitFor(String path) {
        return path.startsWith("/2/media/upload/") && path.endsWith("/append") ? MAX_APPEND_BYTES : MAX_BODY_BYTES;
    }

    /**
     * The body, read on first use and never past {@link #limitFor}: the router refuses a larger declared length
     * and authenticates before any handler asks for it, so a caller without credentials never gets a byte read.
     */
    String body() {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    /** The body's bytes as they came (a media segment is binary). */
    byte[] bodyBytes() {
        if (bytes == null) {
            long limit = limitFor(path);
            try {
                byte[] read = exchange.getRequestBody().readNBytes((int) limit + 1);
                if (read.length > limit) {
                    throw new BodyTooLarge();
                }
                bytes = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
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
        return body().isEmpty() ? List.of() : QueryString.parse("?" + body());
    }

    Optional<String> formField(String name) {
        return form().stream().filter(p -> p.name().equals(name)).map(QueryParam::value).findFirst();
    }
}
