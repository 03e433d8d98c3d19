package dev.xinspect.core.expansion;

/**
 * One ID a Post points to and what it resolved to: {@code role} says how the Post uses it ({@code author},
 * {@code mentioned}, {@code replied_to}, {@code quoted}, {@code media}, {@code place}, {@code poll}…), {@code key}
 * is the ID or media key, {@code label} a one-line description of the included object ({@code @XDevelopers · X
 * Developers}), empty when unresolved, and {@code problem} why it is missing (X's partial error, or the expansion
 * that would have brought it), empty when resolved.
 */
public record Reference(String role, String key, String label, String problem) {

    public boolean resolved() {
        return problem.isEmpty();
    }
}
