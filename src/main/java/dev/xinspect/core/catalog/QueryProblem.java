package dev.xinspect.core.catalog;

/**
 * One thing wrong with a request's query that X would refuse with 400 {@code invalid-request}: which parameter,
 * what kind of problem, and a sentence for the user.
 */
public record QueryProblem(String parameter, Kind kind, String message) {

    /** What is wrong. */
    public enum Kind { UNKNOWN_PARAMETER, REPEATED, MISSING_REQUIRED, EMPTY_VALUE, UNKNOWN_VALUE, OUT_OF_RANGE, BAD_FORMAT }
}
