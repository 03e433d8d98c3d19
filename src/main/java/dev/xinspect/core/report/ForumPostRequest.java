package dev.xinspect.core.report;

import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.http.Exchange;
import java.util.List;

/**
 * What a forum post is drafted from: the exchange and its diagnosis, and the user's own words (any may be blank:
 * the draft then prefills from the diagnosis or leaves a prompt to fill in).
 */
public record ForumPostRequest(Exchange exchange, Diagnosis diagnosis, String description, String expected,
                               List<TakenStep> stepsTaken, String appId, String codeSample) {
    public ForumPostRequest {
        description = description == null ? "" : description.strip();
        expected = expected == null ? "" : expected.strip();
        stepsTaken = stepsTaken == null ? List.of() : List.copyOf(stepsTaken);
        appId = appId == null ? "" : appId.strip();
        codeSample = codeSample == null ? "" : codeSample.strip();
    }
}
