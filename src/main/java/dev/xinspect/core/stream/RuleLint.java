package dev.xinspect.core.stream;

/** One problem a rule has before it is sent: what, and where (a character index, or -1 for the whole rule). */
public record RuleLint(String message, int position) {
}
