package dev.xinspect.core.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * Everything the diagnoser concluded about one exchange. {@code status} is null for a transport failure (no
 * response); {@code rateLimit} is the most pressing window (exhausted first, else the 15-minute one), null when
 * the response carried none; {@code rateLimits} holds every window; {@code checklists} are the linked checklists
 * in order of first mention; {@code notes} are plain remarks about the input (e.g. "the body is not JSON");
 * {@code facts} are the headers worth showing beside it.
 */
public record Diagnosis(StatusInfo status, List<Finding> findings, RateLimit rateLimit, List<RateLimit> rateLimits,
                        List<Checklist> checklists, List<String> notes, ResponseFacts facts) {
    public Diagnosis {
        findings = List.copyOf(findings);
        rateLimits = List.copyOf(rateLimits);
        checklists = List.copyOf(checklists);
        notes = List.copyOf(notes);
        facts = facts == null ? ResponseFacts.NONE : facts;
    }

    public Optional<RateLimit> pressingRateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    public List<String> checklistIds() {
        return checklists.stream().map(Checklist::id).toList();
    }
}
