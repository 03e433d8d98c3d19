package dev.xinspect.core.diagnosis.hint;

import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.HintContext;
import dev.xinspect.core.diagnosis.RequestHint;
import dev.xinspect.core.diagnosis.Severity;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** X rejects a query parameter given twice ({@code ids=1&ids=2}); it wants one comma-separated value. */
public final class RepeatedQueryKeyHint implements RequestHint {

    @Override
    public Optional<Finding> check(HintContext context) {
        if (context.request() == null) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (QueryParam param : QueryString.parse(context.request().url())) {
            if (!seen.add(param.name())) {
                repeated.add(param.name());
            }
        }
        if (repeated.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join(", ", repeated);
        return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:repeated-query-key",
                "Query parameter given more than once: " + names,
                "Send each parameter once, with several values separated by commas (ids=1,2,3).",
                Map.of("parameters", names), List.of("request-basics")));
    }
}
