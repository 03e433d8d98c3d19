package dev.xinspect.core.workshop;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.http.Exchange;
import java.util.List;

/** Checks a student's exchange against a step's expectations, diagnosing it once. Pure and thread-safe. */
public final class ExpectationChecker {
    private final Diagnoser diagnoser;

    public ExpectationChecker(Diagnoser diagnoser) {
        this.diagnoser = diagnoser;
    }

    public List<ExpectationResult> check(List<Expectation> expectations, Exchange exchange) {
        Diagnosis diagnosis = diagnoser.diagnose(exchange);
        return expectations.stream().map(e -> e.check(exchange, diagnosis)).toList();
    }

    public static boolean allHold(List<ExpectationResult> results) {
        return !results.isEmpty() && results.stream().allMatch(ExpectationResult::holds);
    }
}
