package dev.xinspect.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Timings;
import dev.xinspect.core.http.TransportFailure;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One stored history entry as JSON: the (already redacted) exchange byte for byte (bodies that are not UTF-8 text in
 * base64), its failure and timings, and the index fields again so a lost index can be rebuilt from the entries.
 */
final class ExchangeJson {
    private static final ObjectMapper JSON = JsonLimits.mapper();

    byte[] write(History.Entry entry, Exchange exchange) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", entry.id()).put("at", entry.at().toString()).put("label", entry.label())
                .put("status", entry.status()).put("method", entry.method()).put("url", entry.url())
                .put("truncated", entry.truncated());
        if (exchange.request() != null) {
            SentRequest request = exchange.request();
            ObjectNode node = root.putObject("request").put("method", request.method()).put("url", request.url());
            headers(node.putArray("headers"), request.headers());
            body(node, request.body());
        }
        if (exchange.response() != null) {
            ReceivedResponse response = exchange.response();
            ObjectNode node = root.putObject("response").put("status", response.status()).put("reason", response.reason())
                    .put("httpVersion", response.httpVersion());
            headers(node.putArray("headers"), response.headers());
            body(node, response.body());
        }
        if (exchange.failure() != null) {
            root.putObject("failure").put("kind", exchange.failure().kind().name()).put("message", exchange.failure().message())
                    .put("detail", exchange.failure().detail());
        }
        if (exchange.timings() != null) {
            ObjectNode timings = root.putObject("timings");
            if (exchange.timings().toHeaders() != null) {
                timings.put("toHeadersMs", exchange.timings().toHeaders().toMillis());
            }
            if (exchange.timings().total() != null) {
                timings.put("totalMs", exchange.timings().total().toMillis());
            }
        }
        if (exchange.startedAt() != null) {
            root.put("startedAt", exchange.startedAt().toString());
        }
        if (!exchange.redirects().isEmpty()) {
            ArrayNode hops = root.putArray("redirects");
            for (Redirect hop : exchange.redirects()) {
                ObjectNode node = hops.addObject().put("method", hop.method()).put("url", hop.url()).put("status", hop.status())
                        .put("location", hop.location()).put("nextMethod", hop.nextMethod()).put("nextUrl", hop.nextUrl());
                hop.notes().forEach(node.putArray("notes")::add);
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    /** The index fields of a stored entry. */
    History.Entry entry(JsonNode root) throws IOException {
        if (root == null || !root.isObject() || !root.path("id").canConvertToLong() || !root.path("at").isTextual()) {
            throw new IOException("not a history entry");
        }
        try {
            return new History.Entry(root.path("id").asLong(), Instant.parse(root.path("at").asText()), root.path("label").asText(""),
                    root.path("status").asInt(0), root.path("method").asText(""), root.path("url").asText(""),
                    root.path("truncated").asBoolean(false));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("a history entry with a bad time");
        }
    }

    JsonNode tree(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }

    Exchange exchange(JsonNode root) throws IOException {
        SentRequest request = null;
        JsonNode req = root.path("request");
        if (req.isObject()) {
            request = new SentRequest(req.path("method").asText("GET"), req.path("url").asText(""), headers(req.path("headers")), body(req));
        }
        ReceivedResponse response = null;
        JsonNode res = root.path("response");
        if (res.isObject()) {
            response = new ReceivedResponse(res.path("status").asInt(), res.path("reason").asText(""), res.path("httpVersion").asText(""),
                    headers(res.path("headers")), body(res));
        }
        TransportFailure failure = null;
        JsonNode fail = root.path("failure");
        if (fail.isObject()) {
            TransportFailure.Kind kind;
            try {
                kind = TransportFailure.Kind.valueOf(fail.path("kind").asText("OTHER"));
            } catch (IllegalArgumentException e) {
                kind = TransportFailure.Kind.OTHER;
            }
            failure = new TransportFailure(kind, fail.path("message").asText(""), fail.path("detail").asText(""));
        }
        if (response == null && failure == null) {
            throw new IOException("a history entry with neither response nor failure");
        }
        JsonNode time = root.path("timings");
        Timings timings = time.isObject() ? new Timings(millis(time.path("toHeadersMs")), millis(time.path("totalMs"))) : null;
        Instant startedAt = root.path("startedAt").isTextual() ? Instant.parse(root.path("startedAt").asText()) : null;
        return new Exchange(request, response, failure, timings, startedAt, redirects(root.path("redirects")));
    }

    /** The hops followed before the response; entries written before hops were kept have none. */
    private static List<Redirect> redirects(JsonNode array) {
        List<Redirect> hops = new ArrayList<>();
        for (JsonNode hop : array) {
            List<String> notes = new ArrayList<>();
            hop.path("notes").forEach(note -> notes.add(note.asText("")));
            hops.add(new Redirect(hop.path("method").asText(""), hop.path("url").asText(""), hop.path("status").asInt(0),
                    hop.path("location").asText(""), hop.path("nextMethod").asText(""), hop.path("nextUrl").asText(""), notes));
        }
        return hops;
    }

    private static Duration millis(JsonNode node) {
        return node.canConvertToLong() ? Duration.ofMillis(node.asLong()) : null;
    }

    private static void headers(ArrayNode array, Headers headers) {
        headers.list().forEach(h -> array.addObject().put("name", h.name()).put("value", h.value()));
    }

    private static Headers headers(JsonNode array) {
        List<Header> headers = new ArrayList<>();
        array.forEach(h -> headers.add(new Header(h.path("name").asText(""), h.path("value").asText(""))));
        return new Headers(headers);
    }

    private static void body(ObjectNode node, Body body) {
        if (body.isText() && !body.hasUtf8Bom()) {
            node.put("body", body.text());
        } else {
            node.put("bodyBase64", Base64.getEncoder().encodeToString(body.bytes()));
        }
    }

    private static Body body(JsonNode node) {
        if (node.path("bodyBase64").isTextual()) {
            return Body.ofBytes(Base64.getDecoder().decode(node.path("bodyBase64").asText()));
        }
        return Body.ofText(node.path("body").asText(""));
    }
}
