package dev.xinspect.core.diagnosis.hint;

import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.HintContext;
import dev.xinspect.core.diagnosis.RequestHint;
import dev.xinspect.core.diagnosis.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A 403 on a write while {@code x-access-level} says the token may only read: the App's permissions. */
public final class ReadOnlyWriteHint implements RequestHint {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public Optional<Finding> check(HintContext context) {
        String level = context.facts().accessLevel().toLowerCase(Locale.ROOT);
        if (context.status() != 403 || context.request() == null || !level.equals("read")
                || !WRITES.contains(context.request().method().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:read-only-token",
                "The token can only read, and this request writes",
                "x-access-level is \"read\". Give the App Read and Write permission in the developer portal, then "
                        + "authorize the user again: tokens keep the permissions they were issued with.",
                Map.of("x-access-level", context.facts().accessLevel(), "method", context.request().method()),
                List.of("access-level")));
    }
}
