package dev.xinspect.core.catalog;

/**
 * One thing wrong with a request's query: which parameter, what kind of problem, and a sentence for the user. All
 * kinds but {@link Kind#IGNORED_FIELDS} are what X refuses with 400 {@code invalid-request}; that one X accepts and
 * silently ignores.
 */
public record QueryProblem(String parameter, Kind kind, String message) {

    /** What is wrong. */
    public enum Kind { UNKNOWN_PARAMETER, REPEATED, MISSING_REQUIRED, EMPTY_VALUE, UNKNOWN_VALUE, OUT_OF_RANGE, BAD_FORMAT,
        IGNORED_FIELDS }

    /** True when X would refuse the request for it (not only ignore a parameter). */
    public boolean refused() {
        return kind != Kind.IGNORED_FIELDS;
    }
}
