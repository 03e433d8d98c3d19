package dev.xinspect.core.workspace;

/** A header row of a saved request: its name, its value (with {@code {{variables}}}), and whether it is sent. */
public record SavedHeader(String name, String value, boolean enabled) {
    public SavedHeader {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
    }
}
