package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import dev.xinspect.core.stream.RuleLint;
import dev.xinspect.core.stream.RuleLinter;

/**
 * The filtered stream's rules as X keeps them: add (value, tag) with {@code dry_run}, delete by id, and the 2xx
 * answers that carry {@code errors[]} for duplicate, invalid, too long or too many rules. A rule is invalid when X's
 * grammar refuses it ({@link RuleLinter}: negations only, operators that cannot stand alone, unbalanced quotes, …).
 */
final class StreamRules {
    static final int MAX_RULES = 5;
    static final int MAX_LENGTH = 512;
    private static final ObjectMapper MAPPER = JsonLimits.mapper();

    private final Map<String, ObjectNode> rules = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1_870_000_000_000_000_000L);
    private final Clock clock;
    private final RuleLinter linter = new RuleLinter();

    StreamRules(Clock clock) {
        this.clock = clock;
    }

    synchronized List<ObjectNode> all() {
        return new ArrayList<>(rules.values());
    }

    synchronized boolean isEmpty() {
        return rules.isEmpty();
    }

    synchronized Reply list() {
        ObjectNode body = MAPPER.createObjectNode();
        if (!rules.isEmpty()) {
            ArrayNode data = body.putArray("data");
            rules.values().forEach(data::add);
        }
        body.putObject("meta").put("sent", clock.instant().toString()).put("result_count", rules.size());
        return Reply.json(200, body.toString());
    }

    synchronized Reply change(String requestBody, boolean dryRun) throws Rejection {
        JsonNode json;
        try {
            json = MAPPER.readTree(requestBody);
        } catch (IOException e) {
            throw new Rejection(Problems.invalidRequest(List.of(MAPPER.createObjectNode().put("message", "Request body is not valid JSON."))));
        }
        if (json != null && json.has("delete")) {
            return delete(json.path("delete").path("ids"), dryRun);
        }
        if (json == null || !json.path("add").isArray()) {
            throw new Rejection(Problems.invalidRequest(List.of(MAPPER.createObjectNode()
                    .put("message", "$: expected one of [add, delete]"))));
        }
        return add(json.path("add"), dryRun);
    }

    private Reply add(JsonNode additions, boolean dryRun) {
        ArrayNode created = MAPPER.createArrayNode();
        ArrayNode errors = MAPPER.createArrayNode();
        int invalid = 0;
        int count = rules.size();
        for (JsonNode rule : additions) {
            String value = rule.path("value").asText("");
            ObjectNode error = problemWith(value, count);
            if (error != null) {
                errors.add(error);
                invalid++;
                continue;
            }
            ObjectNode added = MAPPER.createObjectNode().put("id", Long.toString(nextId.incrementAndGet())).put("value", value);
            if (rule.hasNonNull("tag")) {
                added.put("tag", rule.path("tag").asText());
            }
            created.add(added);
            count++;
            if (!dryRun) {
                rules.put(added.path("id").asText(), added);
            }
        }
        ObjectNode body = MAPPER.createObjectNode();
        if (!created.isEmpty()) {
            body.set("data", created);
        }
        body.putObject("meta").put("sent", clock.instant().toString()).putObject("summary")
                .put("created", dryRun ? 0 : created.size()).put("not_created", invalid + (dryRun ? created.size() : 0))
                .put("valid", created.size()).put("invalid", invalid);
        if (!errors.isEmpty()) {
            body.set("errors", errors);
        }
        return Reply.json(dryRun ? 200 : 201, body.toString());
    }

    private ObjectNode problemWith(String value, int count) {
        if (rules.values().stream().anyMatch(r -> r.path("value").asText().equals(value))) {
            String id = rules.values().stream().filter(r -> r.path("value").asText().equals(value)).findFirst().orElseThrow().path("id").asText();
            return MAPPER.createObjectNode().put("value", value).put("id", id).put("title", "DuplicateRule")
                    .put("type", Problems.CLASSIC + "duplicate-rules");
        }
        if (value.length() > MAX_LENGTH) {
            return MAPPER.createObjectNode().put("value", value.substring(0, 40) + "…").put("title", "RuleLengthExceeded")
                    .put("detail", "Rules are limited to " + MAX_LENGTH + " characters; this one has " + value.length() + ".")
                    .put("type", Problems.CLASSIC + "rule-length");
        }
        List<String> refused = linter.lint(value, RuleLinter.Level.ENTERPRISE, List.of()).stream()
                .filter(RuleLint::blocking).map(lint -> lint.message() + " (at position " + (Math.max(lint.position(), 0) + 1) + ")")
                .toList();
        if (!refused.isEmpty()) {
            // X's shape for a rule it cannot accept: title UnprocessableEntity, the reasons in details.
            ObjectNode error = MAPPER.createObjectNode().put("value", value);
            refused.forEach(error.putArray("details")::add);
            return error.put("title", "UnprocessableEntity").put("type", Problems.CLASSIC + "invalid-rules");
        }
        if (count >= MAX_RULES) {
            return MAPPER.createObjectNode().put("value", value).put("title", "RuleCapExceeded")
                    .put("detail", "This stream may have at most " + MAX_RULES + " rules.")
                    .put("type", Problems.CLASSIC + "rule-cap");
        }
        return null;
    }

    private Reply delete(JsonNode ids, boolean dryRun) {
        int deleted = 0;
        int notDeleted = 0;
        for (JsonNode id : ids) {
            boolean exists = rules.containsKey(id.asText());
            if (exists && !dryRun) {
                rules.remove(id.asText());
            }
            deleted += exists ? 1 : 0;
            notDeleted += exists ? 0 : 1;
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("meta").put("sent", clock.instant().toString()).putObject("summary")
                .put("deleted", deleted).put("not_deleted", notDeleted);
        return Reply.json(200, body.toString());
    }
}
