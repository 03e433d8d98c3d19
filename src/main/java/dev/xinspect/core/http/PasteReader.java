package dev.xinspect.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what people paste when it is not a clean response: an SDK's printed error (a JavaScript object literal, a
 * Python dict repr, JSON inside a log line) with X's body somewhere inside, and the status and headers of common debug
 * logs ({@code curl -v}'s {@code < } lines, Python {@code http.client}'s {@code reply:}/{@code header:} lines, urllib3's
 * request line, tweepy's {@code 401 Unauthorized} and {@code 89 - Invalid or expired token} lines). Empty when no
 * body of X's can be found.
 */
final class PasteReader {
    private static final ObjectMapper MAPPER = JsonLimits.mapper();
    private static final Pattern CURL_STATUS = Pattern.compile("(?m)^< (HTTP/[\\d.]+) (\\d{3})(?: (.*))?$");
    private static final Pattern CURL_HEADER = Pattern.compile("(?m)^< ([A-Za-z0-9-]+): ?(.*)$");
    private static final Pattern PY_REPLY = Pattern.compile("reply: '(HTTP/[\\d.]+) (\\d{3}) ?([^\\\\']*)");
    private static final Pattern PY_HEADER = Pattern.compile("(?m)^header: ([A-Za-z0-9-]+): (.*)$");
    private static final Pattern URLLIB3 = Pattern.compile("\"[A-Z]+ \\S+ HTTP/[\\d.]+\" (\\d{3})");
    /** Words SDKs put before a status: twitter-api-v2, axios, tweepy, python-twitter, .NET, Twython. */
    private static final Pattern STATUS_IN_TEXT = Pattern.compile("(?i)(?:failed with (?:status )?code|status code|status(?: =)?|"
            + "sent status|\\bcode ?:|returned an? |HTTP(?:/[\\d.]+)?|StatusCodeError:) ?\\(?(\\d{3})\\b");
    /** A .NET client's report: {@code Details : Rate limit exceeded (88)}. */
    private static final Pattern MESSAGE_AND_CODE = Pattern.compile("(?m)^Details ?: (.+) \\((\\d{1,3})\\)$");
    private static final Pattern TWEEPY_STATUS = Pattern.compile("\\b([45]\\d\\d) (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*\\b");
    private static final Pattern TWEEPY_ERROR = Pattern.compile("(?m)(?:^|\\s)(\\d{1,3}) ?- ([^\\n]+)$");

    private PasteReader() {
    }

    static Optional<Exchange> read(String text) {
        Optional<JsonNode> object = LenientJson.firstObject(text);
        Optional<ErrorBodyLocator.Located> located = object.flatMap(ErrorBodyLocator::find);
        JsonNode body = located.map(ErrorBodyLocator.Located::body).orElseGet(() -> v1ErrorsInText(text));
        if (body == null) {
            return Optional.empty();
        }
        List<Header> headers = new ArrayList<>(headersIn(text));
        located.map(ErrorBodyLocator.Located::wrapper).map(w -> w.path("headers")).filter(JsonNode::isObject)
                .ifPresent(h -> h.properties().forEach(e -> headers.add(new Header(e.getKey(), e.getValue().isTextual()
                        ? e.getValue().asText() : e.getValue().toString()))));
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("content-type"))) {
            headers.add(new Header("content-type", body.has("type") ? "application/problem+json" : "application/json"));
        }
        int status = located.flatMap(l -> asOptional(l.status())).or(() -> statusIn(text)).orElse(defaultStatus(body));
        return Optional.of(Exchange.ofResponse(new ReceivedResponse(status, reasonIn(text).orElse(""), "",
                new Headers(headers), Body.ofText(body.toString()))));
    }

    /** When nothing says the status: X sends token errors with 400, lines of errors only with 200, problems with their own. */
    private static int defaultStatus(JsonNode body) {
        if (body.path("error").isTextual()) {
            return 400;
        }
        return body.path("errors").isArray() || body.has("disconnect_type") ? 200 : 400;
    }

    /**
     * v1.1 errors told in words: tweepy prints {@code 401 Unauthorized} then one {@code code - message} line per error;
     * a .NET client prints {@code Details : message (code)}.
     */
    private static JsonNode v1ErrorsInText(String text) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode errors = body.putArray("errors");
        if (TWEEPY_STATUS.matcher(text).find()) {
            Matcher line = TWEEPY_ERROR.matcher(text);
            while (line.find()) {
                errors.addObject().put("code", Integer.parseInt(line.group(1))).put("message", line.group(2).strip());
            }
        }
        Matcher details = MESSAGE_AND_CODE.matcher(text);
        while (details.find()) {
            errors.addObject().put("code", Integer.parseInt(details.group(2))).put("message", details.group(1).strip());
        }
        return errors.isEmpty() ? null : body;
    }

    private static Optional<Integer> statusIn(String text) {
        for (Pattern pattern : List.of(CURL_STATUS, PY_REPLY)) {
            Matcher m = pattern.matcher(text);
            Integer last = null;
            while (m.find()) {
                last = Integer.parseInt(m.group(2)); // curl -v with redirects: the last block is the answer
            }
            if (last != null) {
                return Optional.of(last);
            }
        }
        for (Pattern pattern : List.of(URLLIB3, TWEEPY_STATUS, STATUS_IN_TEXT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int status = Integer.parseInt(m.group(1));
                if (status >= 100 && status <= 599) {
                    return Optional.of(status);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> reasonIn(String text) {
        Matcher curl = CURL_STATUS.matcher(text);
        String reason = null;
        while (curl.find()) {
            reason = curl.group(3);
        }
        return Optional.ofNullable(reason).map(String::strip);
    }

    private static List<Header> headersIn(String text) {
        List<Header> headers = new ArrayList<>();
        for (Pattern pattern : List.of(CURL_HEADER, PY_HEADER)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                headers.add(new Header(m.group(1), m.group(2).strip()));
            }
        }
        return headers;
    }

    private static Optional<Integer> asOptional(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}
