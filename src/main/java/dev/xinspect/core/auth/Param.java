package dev.xinspect.core.auth;

import java.util.Objects;

/** One decoded request parameter (name and value as the user means them, before any percent-encoding). */
public record Param(String name, String value) {
    public Param {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }
}
