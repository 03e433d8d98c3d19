package dev.xinspect.core.report;

/** A secret-looking span found in a text: {@code [start, end)} and what it looks like. */
public record SecretSpan(int start, int end, String kind) {
}
