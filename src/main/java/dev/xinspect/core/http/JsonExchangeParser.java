package dev.xinspect.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Reads exchanges from JSON documents: HAR 1.2 ({@code log.entries[]}), xinspect's exchange JSON
 * ({@code {"request":{…},"response":{"status","headers","body"}}}), or a bare X API body with a {@code status}.
 */
final class JsonExchangeParser {

    static List<Exchange> har(JsonNode log) throws UnreadableInputException {
        JsonNode entries = log.path("entries");
        if (!entries.isArray() || entries.isEmpty()) {
            throw new UnreadableInputException("The HAR file has no entries.");
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (JsonNode entry : entries) {
            exchanges.add(harEntry(entry));
        }
        return exchanges;
    }

    private static Exchange harEntry(JsonNode entry) throws UnreadableInputException {
        JsonNode request = entry.path("request");
        JsonNode response = entry.path("response");
        if (!response.path("status").canConvertToInt()) {
            throw new UnreadableInputException("A HAR entry has no response status.");
        }
        SentRequest sent = new SentRequest(request.path("method").asText("GET"), request.path("url").asText(""),
                headers(request.path("headers")), Body.ofText(request.path("postData").path("text").asText("")));
        JsonNode content = response.path("content");
        Body body = "base64".equals(content.path("encoding").asText())
                ? Body.ofBytes(decodeBase64(content.path("text").asText("")))
                : Body.ofText(content.path("text").asText(""));
        ReceivedResponse received = new ReceivedResponse(response.path("status").asInt(),
                response.path("statusText").asText(""), response.path("httpVersion").asText(""),
                headers(response.path("headers")), body);
        Timings timings = entry.path("time").isNumber()
                ? new Timings(millis(entry.path("timings").path("wait")), millis(entry.path("time"))) : null;
        return new Exchange(sent, received, null, timings, instant(entry.path("startedDateTime").asText("")));
    }

    static Exchange exchange(JsonNode root) throws UnreadableInputException {
        JsonNode response = root.path("response");
        if (!response.path("status").canConvertToInt()) {
            throw new UnreadableInputException("The exchange JSON has a response without a numeric status.");
        }
        JsonNode request = root.path("request");
        SentRequest sent = request.isObject()
                ? new SentRequest(request.path("method").asText("GET"), request.path("url").asText(""),
                        headers(request.path("headers")), body(request.path("body")))
                : null;
        ReceivedResponse received = new ReceivedResponse(response.path("status").asInt(),
                response.path("statusText").asText(""), response.path("httpVersion").asText(""),
                headers(response.path("headers")), body(response.path("body")));
        return new Exchange(sent, received, null, null, null);
    }

    /** A pasted X API body: the status comes from its {@code status} member, or 200 for data, errors or a stream line. */
    static Exchange bareBody(JsonNode root, String text) throws UnreadableInputException {
        int status;
        if (root.path("status").canConvertToInt()) {
            status = root.path("status").asInt();
        } else if (root.has("data") || root.path("errors").isArray() || root.has("disconnect_type")) {
            // A Post, a 200 of errors only, or a stream line (a disconnect, with or without its errors wrapper):
            // X sends each with 200; the diagnosis tells them apart.
            status = 200;
        } else {
            throw new UnreadableInputException("This is JSON but not a response: paste the whole response as "
                    + "curl -i prints it (status line, headers, body), a HAR file, or an exchange JSON.");
        }
        Headers headers = Headers.of("content-type", root.has("type") ? "application/problem+json" : "application/json");
        return Exchange.ofResponse(new ReceivedResponse(status, "", "", headers, Body.ofText(text)));
    }

    /** Headers as HAR's array of {@code {name, value}} or as a plain object of name → value (or values). */
    private static Headers headers(JsonNode node) {
        List<Header> headers = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(h -> headers.add(new Header(h.path("name").asText(""), h.path("value").asText(""))));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getValue().isArray()) {
                    member.getValue().forEach(v -> headers.add(new Header(member.getKey(), v.asText())));
                } else {
                    headers.add(new Header(member.getKey(), member.getValue().asText()));
                }
            }
        }
        return new Headers(headers.stream().filter(h -> !h.name().isEmpty()).toList());
    }

    /** A body given as a string is taken as it is; one given as JSON is re-serialised. */
    private static Body body(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Body.EMPTY;
        }
        return Body.ofText(node.isTextual() ? node.asText() : node.toString());
    }

    private static byte[] decodeBase64(String text) throws UnreadableInputException {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("A HAR entry's base64 body does not decode.");
        }
    }

    private static Duration millis(JsonNode node) {
        return node.isNumber() && node.asDouble() >= 0 ? Duration.ofNanos((long) (node.asDouble() * 1_000_000)) : null;
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
