package dev.xinspect.core.workshop;

/** One expectation checked: whether it holds and why, in one sentence. */
public record ExpectationResult(Expectation expectation, boolean holds, String reason) {
    static ExpectationResult holds(Expectation expectation, String reason) {
        return new ExpectationResult(expectation, true, reason);
    }

    static ExpectationResult fails(Expectation expectation, String reason) {
        return new ExpectationResult(expectation, false, reason);
    }

    /** {@code ✓ status 200: The status is 200.} */
    public String line() {
        return (holds ? "✓ " : "✗ ") + expectation.label() + ": " + reason;
    }
}
