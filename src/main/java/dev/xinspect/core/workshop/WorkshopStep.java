package dev.xinspect.core.workshop;

import java.util.List;

/**
 * One step of a lesson: what to do ({@code instructions}, Markdown), the sandbox scenario it plays, the request it
 * prepares, what the student should find out, hints revealed one at a time, and what the student's exchange must
 * show for the step to pass.
 */
public record WorkshopStep(String title, String instructions, String scenario, StepRequest request, String findOut,
                           List<String> hints, List<Expectation> expectations) {
    public WorkshopStep {
        instructions = instructions == null ? "" : instructions;
        scenario = scenario == null || scenario.isBlank() ? "normal" : scenario;
        findOut = findOut == null ? "" : findOut;
        hints = List.copyOf(hints);
        expectations = List.copyOf(expectations);
    }

    public WorkshopStep withTitle(String newTitle) {
        return new WorkshopStep(newTitle, instructions, scenario, request, findOut, hints, expectations);
    }

    public WorkshopStep withInstructions(String text) {
        return new WorkshopStep(title, text, scenario, request, findOut, hints, expectations);
    }

    public WorkshopStep withFindOut(String text) {
        return new WorkshopStep(title, instructions, scenario, request, text, hints, expectations);
    }

    public WorkshopStep withScenario(String name) {
        return new WorkshopStep(title, instructions, name, request, findOut, hints, expectations);
    }

    public WorkshopStep withHints(List<String> newHints) {
        return new WorkshopStep(title, instructions, scenario, request, findOut, newHints, expectations);
    }

    public WorkshopStep withExpectations(List<Expectation> newExpectations) {
        return new WorkshopStep(title, instructions, scenario, request, findOut, hints, newExpectations);
    }
}
