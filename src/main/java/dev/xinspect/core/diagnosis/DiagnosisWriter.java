package dev.xinspect.core.diagnosis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders diagnoses as text, JSON or Markdown, for the CLI and for copying out of the app. The JSON shape is a
 * contract ({@code xinspect explain --format json}); the text and Markdown are for people.
 */
public final class DiagnosisWriter {
    private final ObjectMapper mapper = JsonLimits.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final RateLimitText rateLimitText;

    public DiagnosisWriter(RateLimitText rateLimitText) {
        this.rateLimitText = rateLimitText;
    }

    public String write(Diagnosis diagnosis, DiagnosisFormat format) {
        return switch (format) {
            case JSON -> json(toJson(diagnosis));
            case TEXT -> new DiagnosisText(rateLimitText, false).render(diagnosis);
            case MARKDOWN -> new DiagnosisText(rateLimitText, true).render(diagnosis);
        };
    }

    /** Several diagnoses (a HAR file): a JSON array, or the sections one after the other. */
    public String writeAll(List<Diagnosis> diagnoses, List<String> labels, DiagnosisFormat format) {
        if (diagnoses.size() == 1) {
            return write(diagnoses.get(0), format);
        }
        if (format == DiagnosisFormat.JSON) {
            ArrayNode array = mapper.createArrayNode();
            diagnoses.forEach(d -> array.add(toJson(d)));
            return json(array);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < diagnoses.size(); i++) {
            String heading = "Entry " + (i + 1) + ": " + labels.get(i);
            out.append(format == DiagnosisFormat.MARKDOWN ? "# " + heading : heading + "\n" + "=".repeat(heading.length()))
                    .append("\n\n").append(write(diagnoses.get(i), format)).append('\n');
        }
        return out.toString();
    }

    public ObjectNode toJson(Diagnosis diagnosis) {
        ObjectNode root = mapper.createObjectNode();
        if (diagnosis.status() == null) {
            root.putNull("status");
        } else {
            root.putObject("status").put("code", diagnosis.status().code()).put("text", diagnosis.status().text())
                    .put("meaning", diagnosis.status().meaning());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : diagnosis.findings()) {
            ObjectNode node = findings.addObject().put("source", finding.source().slug()).put("type", finding.type())
                    .put("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("title", finding.title()).put("detail", finding.detail());
            ObjectNode fields = node.putObject("fields");
            finding.fields().forEach(fields::put);
            finding.checklists().forEach(node.putArray("checklists")::add);
        }
        if (diagnosis.rateLimit() == null) {
            root.putNull("rateLimit");
        } else {
            root.set("rateLimit", rateLimit(diagnosis.rateLimit()));
        }
        ArrayNode windows = root.putArray("rateLimits");
        diagnosis.rateLimits().forEach(w -> windows.add(rateLimit(w)));
        ArrayNode checklists = root.putArray("checklists");
        for (Checklist checklist : diagnosis.checklists()) {
            ObjectNode node = checklists.addObject().put("id", checklist.id()).put("title", checklist.title());
            ArrayNode items = node.putArray("items");
            checklist.items().forEach(item -> items.addObject().put("text", item.text()).put("why", item.why())
                    .put("link", item.link()));
        }
        diagnosis.notes().forEach(root.putArray("notes")::add);
        ResponseFacts facts = diagnosis.facts();
        root.putObject("headers").put("x-access-level", facts.accessLevel()).put("x-transaction-id", facts.transactionId())
                .put("date", facts.date()).put("api-version", facts.apiVersion());
        return root;
    }

    private ObjectNode rateLimit(RateLimit window) {
        return mapper.createObjectNode().put("limit", window.limit()).put("remaining", window.remaining())
                .put("resetEpoch", window.resetEpoch()).put("window", window.window());
    }

    private String json(Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
