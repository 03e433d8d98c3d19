package dev.xinspect.core.catalog;

import java.util.Locale;
import java.util.Optional;

/** Where a parameter goes: OpenAPI's {@code in} ({@code path}, {@code query}, {@code header}, {@code cookie}). */
public enum ParameterLocation {
    PATH, QUERY, HEADER, COOKIE;

    /** The OpenAPI spelling ({@code query}). */
    public String openApiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ParameterLocation> fromOpenApi(String in) {
        for (ParameterLocation location : values()) {
            if (location.openApiName().equals(in)) {
                return Optional.of(location);
            }
        }
        return Optional.empty();
    }
}
