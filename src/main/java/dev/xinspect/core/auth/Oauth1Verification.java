package dev.xinspect.core.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the verifier found: the header's parameters, our own trace for the same request and secrets, each check in
 * order with the first one that failed, and the classic mistakes that explain a mismatch. {@code recomputed} is
 * null when the header could not be used at all.
 */
public record Oauth1Verification(Map<String, String> headerParameters, Oauth1Trace recomputed, List<Check> checks,
                                 List<Oauth1Mistake> mistakes) {
    public Oauth1Verification {
        headerParameters = Map.copyOf(headerParameters);
        checks = List.copyOf(checks);
        mistakes = List.copyOf(mistakes);
    }

    /** One step of the comparison: its name, whether it passed, and what to look at when it did not. */
    public record Check(String step, boolean passed, String detail) {
    }

    public boolean signatureMatches() {
        return checks.stream().allMatch(Check::passed);
    }

    /** The first step that differs, for the screen to highlight. */
    public Optional<Check> firstDifference() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    @Override
    public String toString() {
        return "Oauth1Verification[checks=" + checks + ", mistakes=" + mistakes + "]";
    }
}
