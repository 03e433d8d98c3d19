package dev.xinspect.core.stream;

/** One filtered-stream rule as X keeps it: its id, value and optional tag (empty when none). */
public record StreamRule(String id, String value, String tag) {
    public StreamRule {
        tag = tag == null ? "" : tag;
    }
}
