package dev.xinspect.core.workshop;

import java.util.Set;
import java.util.TreeSet;

/** How far a student got in one workshop: the step they are on (from 0) and the steps that passed. */
public record WorkshopProgress(int current, Set<Integer> passed) {
    public static final WorkshopProgress START = new WorkshopProgress(0, Set.of());

    public WorkshopProgress {
        current = Math.max(0, current);
        passed = Set.copyOf(passed);
    }

    public WorkshopProgress passing(int step) {
        Set<Integer> more = new TreeSet<>(passed);
        more.add(step);
        return new WorkshopProgress(current, more);
    }

    public WorkshopProgress at(int step) {
        return new WorkshopProgress(step, passed);
    }
}
