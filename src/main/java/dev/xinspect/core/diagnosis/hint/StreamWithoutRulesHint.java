package dev.xinspect.core.diagnosis.hint;

import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.HintContext;
import dev.xinspect.core.diagnosis.RequestHint;
import dev.xinspect.core.diagnosis.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 409 on the filtered stream means it has no rules: nothing can match, so X does not open it. */
public final class StreamWithoutRulesHint implements RequestHint {

    @Override
    public Optional<Finding> check(HintContext context) {
        if (context.status() != 409 || context.request() == null
                || !context.request().url().contains("/2/tweets/search/stream")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:stream-without-rules",
                "The filtered stream has no rules",
                "Add at least one rule with POST /2/tweets/search/stream/rules (try dry_run=true first), then connect again.",
                Map.of(), List.of("stream-rules")));
    }
}
