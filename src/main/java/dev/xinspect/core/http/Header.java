package dev.xinspect.core.http;

import java.util.Objects;

/** One HTTP header line as it travelled: the name as written, the value verbatim. */
public record Header(String name, String value) {
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }
}
