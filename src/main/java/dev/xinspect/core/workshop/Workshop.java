package dev.xinspect.core.workshop;

import java.util.List;

/**
 * A lesson: {@code name} is its file name without {@code .json} (how lists and progress refer to it), then the
 * title, an introduction in Markdown and the steps in order.
 */
public record Workshop(String name, String title, String introduction, List<WorkshopStep> steps) {
    public Workshop {
        introduction = introduction == null ? "" : introduction;
        steps = List.copyOf(steps);
    }

    public Workshop withSteps(List<WorkshopStep> newSteps) {
        return new Workshop(name, title, introduction, newSteps);
    }

    public Workshop withName(String newName) {
        return new Workshop(newName, title, introduction, steps);
    }
}
