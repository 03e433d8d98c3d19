package dev.xinspect.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the error shapes X uses into findings: an RFC 7807-style problem, {@code errors[]} (partial errors, the
 * messages of {@code invalid-request}, rules errors, stream disconnects), v1.1 {@code {"code","message"}} errors
 * and OAuth 2.0 token errors; stream disconnects in both of X's shapes, told apart as {@link StreamMessage} tells them.
 * Every extra member of an error is kept as a field.
 */
final class ErrorBodyReader {
    private static final Set<String> CORE_MEMBERS = Set.of("type", "title", "detail", "status", "errors");

    private final KnowledgeBase knowledge;

    ErrorBodyReader(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param statusChecklists what an {@code about:blank} problem links to: it adds nothing to its status, so the
     *                         status's own checklists apply
     */
    List<Finding> read(ObjectNode body, int status, List<String> statusChecklists) {
        List<Finding> findings = new ArrayList<>();
        boolean failed = status >= 400;
        if (body.path("error").isTextual()) {
            findings.add(oauthError(body));
            return findings;
        }
        if (!failed && !body.has("errors") && StreamMessage.isDisconnect(body)) {
            // The disconnect line without its errors wrapper, as X sent it in 2022-2023: the object is the error.
            findings.add(problem(FindingSource.STREAM, body, Severity.ERROR, statusChecklists));
            return findings;
        }
        boolean topLevelProblem = body.path("type").isTextual();
        if (topLevelProblem) {
            findings.add(problem(FindingSource.PROBLEM, body, failed ? Severity.ERROR : Severity.WARNING, statusChecklists));
        }
        JsonNode errors = body.path("errors");
        if (!errors.isArray()) {
            return findings;
        }
        for (JsonNode error : errors) {
            if (!error.isObject() || (topLevelProblem && !error.has("type"))) {
                continue; // invalid-request messages are shown as fields of the problem itself
            }
            findings.add(errorItem((ObjectNode) error, failed, body.has("data") || body.has("meta"), statusChecklists));
        }
        return findings;
    }

    private Finding errorItem(ObjectNode error, boolean failed, boolean besideData, List<String> statusChecklists) {
        if (error.path("code").isNumber() && !error.has("type")) {
            return v1Error(error, failed);
        }
        if (StreamMessage.isDisconnect(error) && !besideData) {
            return problem(FindingSource.STREAM, error, Severity.ERROR, statusChecklists);
        }
        FindingSource source = failed ? FindingSource.PROBLEM : FindingSource.PARTIAL_ERROR;
        return problem(source, error, failed ? Severity.ERROR : Severity.WARNING, statusChecklists);
    }

    private Finding problem(FindingSource source, ObjectNode error, Severity severity, List<String> statusChecklists) {
        String slug = StreamMessage.slugOf(error);
        slug = slug.isEmpty() ? "error" : slug;
        ProblemType known = knowledge.problemType(slug).orElse(null);
        String title = text(error, "title", known == null ? "Unknown problem" : known.title());
        String detail = text(error, "detail", text(error, "message", ""));
        Map<String, String> fields = extraFields(error);
        addExplanations(fields, error);
        List<String> checklists = slug.equals("about:blank") ? statusChecklists
                : known == null || known.checklists().isEmpty() ? List.of("request-basics") : known.checklists();
        return new Finding(source, severity, slug, title, detail, fields, checklists);
    }

    private Finding v1Error(ObjectNode error, boolean failed) {
        int code = error.path("code").asInt();
        V1ErrorCode known = knowledge.v1Error(code).orElse(null);
        String message = text(error, "message", known == null ? "" : known.title());
        Map<String, String> fields = extraFields(error);
        fields.remove("code");
        fields.remove("message");
        if (known != null) {
            fields.put("meaning", known.meaning());
        }
        return new Finding(FindingSource.V1_ERROR, failed ? Severity.ERROR : Severity.WARNING, "v1.1:" + code,
                known == null ? "v1.1 error " + code : known.title(), message, fields,
                known == null ? List.of("request-basics") : known.checklists());
    }

    private static Finding oauthError(ObjectNode body) {
        String error = body.path("error").asText();
        Map<String, String> fields = extraFields(body);
        fields.remove("error");
        fields.remove("error_description");
        return new Finding(FindingSource.OAUTH_ERROR, Severity.ERROR, "oauth:" + error, error,
                text(body, "error_description", ""), fields, List.of("authentication"));
    }

    /** Our words for stream connection issues and disconnect types, beside X's own values. */
    private void addExplanations(Map<String, String> fields, ObjectNode error) {
        knowledge.connectionIssue(error.path("connection_issue").asText(""))
                .ifPresent(text -> fields.put("what it means", text));
        knowledge.disconnectType(error.path("disconnect_type").asText(""))
                .ifPresent(text -> fields.put("what it means", text));
        JsonNode messages = error.path("errors");
        int index = 1;
        for (JsonNode item : messages) {
            String message = item.path("message").asText(item.toString());
            JsonNode parameters = item.path("parameters");
            fields.put("error " + index++, parameters.isMissingNode() ? message : message + " (parameters: " + parameters + ")");
        }
    }

    private static Map<String, String> extraFields(ObjectNode error) {
        Map<String, String> fields = new LinkedHashMap<>();
        error.properties().forEach(member -> {
            if (!CORE_MEMBERS.contains(member.getKey())) {
                JsonNode value = member.getValue();
                fields.put(member.getKey(), value.isValueNode() ? value.asText() : value.toString());
            }
        });
        return fields;
    }

    private static String text(JsonNode node, String member, String fallback) {
        JsonNode value = node.path(member);
        return value.isValueNode() && !value.isNull() ? value.asText() : fallback;
    }
}
