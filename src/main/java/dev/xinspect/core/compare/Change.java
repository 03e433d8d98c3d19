package dev.xinspect.core.compare;

/**
 * One difference between a left and a right value at a path ({@code $.data[0].text} for JSON, the lower-case
 * name for headers). {@code left} is null for {@link Kind#ADDED}, {@code right} null for {@link Kind#REMOVED}.
 */
public record Change(Kind kind, String path, String left, String right) {

    public enum Kind { CHANGED, ADDED, REMOVED }

    public static Change changed(String path, String left, String right) {
        return new Change(Kind.CHANGED, path, left, right);
    }

    public static Change added(String path, String right) {
        return new Change(Kind.ADDED, path, null, right);
    }

    public static Change removed(String path, String left) {
        return new Change(Kind.REMOVED, path, left, null);
    }
}
