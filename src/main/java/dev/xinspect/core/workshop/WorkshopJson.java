package dev.xinspect.core.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The workshop file format: {@code {"title", "introduction", "steps": [{"title", "instructions", "scenario",
 * "request", "findOut", "hints", "expect"}]}}. Reading is strict about what a step needs and says what is wrong in one
 * sentence naming the file and the step; writing is stable (fixed key order, two-space indent, LF) so files diff well.
 */
public final class WorkshopJson {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private final JsonPrettyPrinter printer = new JsonPrettyPrinter();

    /** Reads a workshop named {@code name}; {@code source} names the file in messages. */
    public Workshop read(byte[] bytes, String name, String source) throws UnreadableWorkshopException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UnreadableWorkshopException(source + " is not valid JSON (line "
                    + (e instanceof JsonProcessingException p && p.getLocation() != null ? p.getLocation().getLineNr() : 1) + ").");
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableWorkshopException(source + " is not a workshop: it should hold one JSON object with a title and steps.");
        }
        String title = text(root, "title").orElseThrow(() -> new UnreadableWorkshopException(source + " has no title."));
        JsonNode steps = root.path("steps");
        if (!steps.isArray() || steps.isEmpty()) {
            throw new UnreadableWorkshopException(source + " has no steps: \"steps\" should be a list with at least one step.");
        }
        List<WorkshopStep> read = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            read.add(step(steps.get(i), source + ", step " + (i + 1) + ","));
        }
        return new Workshop(name, title, text(root, "introduction").orElse(""), read);
    }

    private static WorkshopStep step(JsonNode node, String where) throws UnreadableWorkshopException {
        if (!node.isObject()) {
            throw new UnreadableWorkshopException(where + " is not an object.");
        }
        String title = text(node, "title").orElseThrow(() -> new UnreadableWorkshopException(where + " has no title."));
        JsonNode expect = node.path("expect");
        if (!expect.isMissingNode() && !expect.isArray()) {
            throw new UnreadableWorkshopException(where + " has an \"expect\" that is not a list of expectations.");
        }
        List<Expectation> expectations = new ArrayList<>();
        for (JsonNode e : expect) {
            expectations.add(expectation(e, where));
        }
        List<String> hints = new ArrayList<>();
        node.path("hints").forEach(h -> hints.add(h.asText()));
        return new WorkshopStep(title, text(node, "instructions").orElse(""), text(node, "scenario").orElse("normal"),
                request(node.path("request"), where), text(node, "findOut").orElse(""), hints, expectations);
    }

    private static StepRequest request(JsonNode node, String where) throws UnreadableWorkshopException {
        if (!node.isObject()) {
            throw new UnreadableWorkshopException(where + " has no request: give \"request\" a method and url, or \"saved\".");
        }
        String authWord = text(node, "auth").orElse("none");
        StepAuth auth = StepAuth.of(authWord).orElseThrow(() -> new UnreadableWorkshopException(where + " names the auth \""
                + authWord + "\"; use one of " + String.join(", ", Arrays.stream(StepAuth.values()).map(StepAuth::word).toList()) + "."));
        Optional<String> saved = text(node, "saved");
        if (saved.isEmpty() && text(node, "url").isEmpty()) {
            throw new UnreadableWorkshopException(where + " has a request without a url or a saved request.");
        }
        List<Header> headers = new ArrayList<>();
        for (JsonNode h : node.path("headers")) {
            if (!h.path("name").isTextual()) {
                throw new UnreadableWorkshopException(where + " has a request header without a name.");
            }
            headers.add(new Header(h.path("name").asText(), h.path("value").asText("")));
        }
        return new StepRequest(saved.orElse(""), text(node, "method").orElse("GET"), text(node, "url").orElse(""), headers,
                text(node, "body").orElse(""), auth);
    }

    private static Expectation expectation(JsonNode e, String where) throws UnreadableWorkshopException {
        if (e.has("status") && e.path("status").canConvertToInt()) {
            return new Expectation.Status(e.path("status").asInt());
        }
        if (e.path("problemType").isTextual()) {
            return new Expectation.ProblemType(e.path("problemType").asText());
        }
        if (e.path("jsonPath").isTextual() && e.has("equals")) {
            try {
                JsonBody.pointer(e.path("jsonPath").asText());
            } catch (IllegalArgumentException bad) {
                throw new UnreadableWorkshopException(where + " has an expectation whose JSON path is unusable: " + bad.getMessage());
            }
            return new Expectation.JsonValue(e.path("jsonPath").asText(), e.path("equals").asText());
        }
        if (e.path("header").isTextual()) {
            return new Expectation.Header(e.path("header").asText(), e.path("equals").asText(""));
        }
        if (e.path("authMode").isTextual()) {
            String word = e.path("authMode").asText();
            return new Expectation.Auth(ExpectationKind.authMode(word).orElseThrow(() -> new UnreadableWorkshopException(where
                    + " expects the auth mode \"" + word + "\"; use none, app-only, oauth1-user, oauth2-user or basic.")));
        }
        if (e.path("finding").isTextual()) {
            return new Expectation.FindingShown(e.path("finding").asText());
        }
        if (e.path("checklist").isTextual()) {
            return new Expectation.ChecklistShown(e.path("checklist").asText());
        }
        throw new UnreadableWorkshopException(where + " has an expectation of no known kind: " + e
                + " (use status, problemType, jsonPath with equals, header, authMode, finding or checklist).");
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The file's bytes; reading them again gives an equal workshop. */
    public byte[] write(Workshop workshop) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", workshop.title()).put("introduction", workshop.introduction());
        ArrayNode steps = root.putArray("steps");
        for (WorkshopStep step : workshop.steps()) {
            ObjectNode s = steps.addObject();
            s.put("title", step.title()).put("instructions", step.instructions()).put("scenario", step.scenario());
            s.set("request", request(step.request()));
            s.put("findOut", step.findOut());
            ArrayNode hints = s.putArray("hints");
            step.hints().forEach(hints::add);
            ArrayNode expect = s.putArray("expect");
            step.expectations().forEach(e -> expect.add(expectation(e)));
        }
        return (printer.format(root.toString()).text() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode request(StepRequest request) {
        ObjectNode node = JSON.createObjectNode();
        if (request.isSaved()) {
            node.put("saved", request.saved());
        } else {
            node.put("method", request.method()).put("url", request.url());
            ArrayNode headers = node.putArray("headers");
            request.headers().forEach(h -> headers.addObject().put("name", h.name()).put("value", h.value()));
            node.put("body", request.body());
        }
        return node.put("auth", request.auth().word());
    }

    private static ObjectNode expectation(Expectation e) {
        ObjectNode node = JSON.createObjectNode();
        switch (e) {
            case Expectation.Status s -> node.put("status", s.code());
            case Expectation.ProblemType p -> node.put("problemType", p.type());
            case Expectation.JsonValue j -> node.put("jsonPath", j.path()).put("equals", j.value());
            case Expectation.Header h -> {
                node.put("header", h.name());
                if (!h.value().isEmpty()) {
                    node.put("equals", h.value());
                }
            }
            case Expectation.Auth a -> node.put("authMode", ExpectationKind.authWord(a.mode()));
            case Expectation.FindingShown f -> node.put("finding", f.type());
            case Expectation.ChecklistShown c -> node.put("checklist", c.id());
        }
        return node;
    }
}
