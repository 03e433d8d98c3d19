package dev.xinspect.core.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Compares two exchanges: the requests as sent (method, URL, headers, body), then status, headers and a JSON-aware body diff. */
public final class ExchangeComparer {
    /** The history lists its times in UTC; the labels say the same times. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = JsonLimits.mapper();
    private final JsonDiff jsonDiff = new JsonDiff();
    private final HeaderDiff headerDiff = new HeaderDiff();

    public ExchangeComparison compare(Exchange left, Exchange right) {
        ReceivedResponse leftResponse = left.receivedResponse().orElse(null);
        ReceivedResponse rightResponse = right.receivedResponse().orElse(null);
        List<Change> headerChanges = headerDiff.diff(headersOf(leftResponse), headersOf(rightResponse));

        Optional<JsonNode> leftJson = json(bodyOf(leftResponse));
        Optional<JsonNode> rightJson = json(bodyOf(rightResponse));
        List<Change> bodyChanges = List.of();
        String note = "";
        if (leftJson.isPresent() && rightJson.isPresent()) {
            bodyChanges = jsonDiff.diff(leftJson.get(), rightJson.get());
        } else {
            note = bodyOf(leftResponse).equals(bodyOf(rightResponse))
                    ? "The bodies are not JSON; they are identical."
                    : "The bodies are not both JSON; compare them in the Raw view.";
        }
        return new ExchangeComparison(describe(left), describe(right), requestChanges(left, right), statusOf(leftResponse),
                statusOf(rightResponse), headerChanges, bodyChanges, note);
    }

    /** Which exchange this is, as the history lists it: "23:10:04 GET /2/users/me → 429". */
    public static String describe(Exchange exchange) {
        String time = exchange.startedAt() == null ? "" : TIME.format(exchange.startedAt()) + " ";
        String request = exchange.sentRequest().map(r -> r.method() + " " + pathOf(r.url())).orElse("pasted response");
        String outcome = exchange.receivedResponse().map(r -> " → " + r.status()).orElse(" → no response");
        return time + request + outcome;
    }

    private List<Change> requestChanges(Exchange left, Exchange right) {
        SentRequest l = left.sentRequest().orElse(null);
        SentRequest r = right.sentRequest().orElse(null);
        List<Change> changes = new ArrayList<>();
        value(changes, "method", l == null ? null : l.method(), r == null ? null : r.method());
        value(changes, "url", l == null ? null : l.url(), r == null ? null : r.url());
        headerDiff.diff(l == null ? Headers.EMPTY : l.headers(), r == null ? Headers.EMPTY : r.headers())
                .forEach(c -> changes.add(new Change(c.kind(), "header " + c.path(), c.left(), c.right())));
        Body leftBody = l == null || l.body() == null ? Body.EMPTY : l.body();
        Body rightBody = r == null || r.body() == null ? Body.EMPTY : r.body();
        Optional<JsonNode> leftJson = json(leftBody);
        Optional<JsonNode> rightJson = json(rightBody);
        if (leftJson.isPresent() && rightJson.isPresent()) {
            jsonDiff.diff(leftJson.get(), rightJson.get())
                    .forEach(c -> changes.add(new Change(c.kind(), "body " + c.path(), c.left(), c.right())));
        } else {
            value(changes, "body", leftBody.isEmpty() ? null : leftBody.text(), rightBody.isEmpty() ? null : rightBody.text());
        }
        return changes;
    }

    private static void value(List<Change> changes, String path, String left, String right) {
        if (Objects.equals(left, right)) {
            return;
        }
        changes.add(left == null ? Change.added(path, right) : right == null ? Change.removed(path, left) : Change.changed(path, left, right));
    }

    private static String pathOf(String url) {
        try {
            String path = URI.create(url).getRawPath();
            return path == null || path.isEmpty() ? url : path;
        } catch (IllegalArgumentException e) { // a template with {{variables}} left in it
            return url;
        }
    }

    private Optional<JsonNode> json(Body body) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(body.text()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Headers headersOf(ReceivedResponse response) {
        return response == null ? Headers.EMPTY : response.headers();
    }

    private static Body bodyOf(ReceivedResponse response) {
        return response == null ? Body.EMPTY : response.body();
    }

    /** 0 stands for "no response" (a transport failure). */
    private static int statusOf(ReceivedResponse response) {
        return response == null ? 0 : response.status();
    }
}
