package dev.xinspect.core.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The filtered stream's rules endpoints ({@code GET} and {@code POST /2/tweets/search/stream/rules}): list, add
 * (value and tag, optionally as a {@code dry_run}) and delete by id. Bodies are built with Jackson, so quotes inside a
 * rule are escaped as JSON requires. Sends through the given function (the console's sender and credentials);
 * blocking, so call it off the FX thread.
 */
public final class StreamRulesClient {
    public static final String RULES_PATH = "/2/tweets/search/stream/rules";
    private static final ObjectMapper MAPPER = JsonLimits.mapper();

    private final Function<SentRequest, Exchange> send;

    public StreamRulesClient(Function<SentRequest, Exchange> send) {
        this.send = send;
    }

    /** The rules endpoint on the same host as a stream URL; {@link IllegalArgumentException} for an invalid URL. */
    public static String rulesUrlFor(String streamUrl) {
        URI uri = URI.create(streamUrl.trim());
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("The stream URL needs a scheme and a host, such as https://api.x.com/2/tweets/search/stream.");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority() + RULES_PATH;
    }

    public RulesAnswer list(String rulesUrl) {
        Exchange exchange = send.apply(SentRequest.of("GET", rulesUrl, Headers.EMPTY));
        return answer(exchange, json -> {
            int count = json.path("meta").path("result_count").asInt(json.path("data").size());
            return count == 0 ? "No rules on the stream: the filtered stream answers 409 until one is added."
                    : count + (count == 1 ? " rule" : " rules") + " on the stream.";
        });
    }

    /** Adds rules, or with {@code dryRun} only asks X to validate them (nothing changes). */
    public RulesAnswer add(String rulesUrl, List<StreamRule> rules, boolean dryRun) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode add = body.putArray("add");
        for (StreamRule rule : rules) {
            ObjectNode entry = add.addObject().put("value", rule.value());
            if (!rule.tag().isBlank()) {
                entry.put("tag", rule.tag());
            }
        }
        Exchange exchange = send.apply(post(rulesUrl + (dryRun ? "?dry_run=true" : ""), body));
        return answer(exchange, json -> {
            JsonNode summary = json.path("meta").path("summary");
            return dryRun ? "Dry run: " + summary.path("valid").asInt() + " valid, " + summary.path("invalid").asInt()
                    + " invalid; nothing was changed."
                    : summary.path("created").asInt() + " created, " + summary.path("not_created").asInt() + " not created.";
        });
    }

    public RulesAnswer delete(String rulesUrl, List<String> ids) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode list = body.putObject("delete").putArray("ids");
        ids.forEach(list::add);
        Exchange exchange = send.apply(post(rulesUrl, body));
        return answer(exchange, json -> {
            JsonNode summary = json.path("meta").path("summary");
            return summary.path("deleted").asInt() + " deleted, " + summary.path("not_deleted").asInt() + " not deleted.";
        });
    }

    private static SentRequest post(String url, ObjectNode body) {
        return new SentRequest("POST", url, Headers.of("Content-Type", "application/json"), Body.ofText(body.toString()));
    }

    private static RulesAnswer answer(Exchange exchange, Function<JsonNode, String> summarize) {
        if (exchange.response() == null) {
            return new RulesAnswer(exchange, List.of(), List.of(), exchange.failure().message());
        }
        int status = exchange.response().status();
        JsonNode json;
        try {
            json = MAPPER.readTree(exchange.response().body().text());
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return new RulesAnswer(exchange, List.of(), List.of(), "HTTP " + status + ": the answer is not JSON.");
        }
        List<StreamRule> rules = new ArrayList<>();
        json.path("data").forEach(rule -> rules.add(new StreamRule(rule.path("id").asText(), rule.path("value").asText(),
                rule.path("tag").asText(""))));
        List<String> errors = new ArrayList<>();
        json.path("errors").forEach(error -> errors.add(describe(error)));
        String summary = status / 100 == 2 ? summarize.apply(json)
                : "HTTP " + status + ": " + json.path("title").asText(json.path("detail").asText("the request was refused")) + ".";
        return new RulesAnswer(exchange, rules, errors, summary);
    }

    /** {@code duplicate-rules: cat has:images}, with X's details when it gives them. */
    private static String describe(JsonNode error) {
        String type = error.path("type").asText("");
        String name = type.contains("/problems/") ? type.substring(type.lastIndexOf('/') + 1) : error.path("title").asText("error");
        StringBuilder text = new StringBuilder(name);
        if (error.hasNonNull("value")) {
            text.append(": ").append(error.path("value").asText());
        }
        String detail = error.path("details").isArray() && !error.path("details").isEmpty()
                ? error.path("details").get(0).asText() : error.path("detail").asText("");
        if (!detail.isEmpty()) {
            text.append(" (").append(detail).append(')');
        }
        return text.toString();
    }
}
