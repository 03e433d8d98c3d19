package dev.xinspect.core.paging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.Redactor;
import java.io.IOException;
import java.util.List;

/**
 * The pages' response bodies as NDJSON: one page per line, JSON re-written on one line (a body that is not JSON is
 * left out: it cannot be one NDJSON line). Each body goes through the {@link Redactor} first.
 */
public final class NdjsonPages {
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final Redactor redactor;

    public NdjsonPages(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(List<Exchange> pages) {
        StringBuilder lines = new StringBuilder();
        for (Exchange page : pages) {
            page.receivedResponse().ifPresent(response -> {
                try {
                    com.fasterxml.jackson.databind.JsonNode json = JSON.readTree(redactor.redact(response.body()).text());
                    if (json != null && !json.isMissingNode()) {
                        lines.append(json.toString()).append('\n');
                    }
                } catch (IOException e) {
                    // not JSON: no line for it
                }
            });
        }
        return lines.toString();
    }
}
