package dev.xinspect.core.stream;

/**
 * One problem a rule has before it is sent: what, and where (a character index, or -1 for the whole rule).
 * {@code blocking} lints are what X refuses; the others are advice (how X will read the rule) and never stop a send.
 */
public record RuleLint(String message, int position, boolean blocking) {
    public RuleLint(String message, int position) {
        this(message, position, true);
    }

    static RuleLint advice(String message, int position) {
        return new RuleLint(message, position, false);
    }
}
