package dev.xinspect.core.workshop;

import java.util.List;

/**
 * A step rehearsed: its number (from 1), the step, what the reference request's exchange showed, or {@code problem}
 * when the request could not be prepared or sent at all (then {@code results} is empty).
 */
public record StepOutcome(int number, WorkshopStep step, List<ExpectationResult> results, String problem) {
    public StepOutcome {
        results = List.copyOf(results);
        problem = problem == null ? "" : problem;
    }

    public boolean holds() {
        return problem.isEmpty() && ExpectationChecker.allHold(results);
    }
}
