package dev.xinspect.core.workspace;

/**
 * One variable of an environment. A secret one's value lives in the credential store, never in the environment's
 * file; in memory it is here so {@code {{name}}} resolves.
 */
public record EnvironmentVariable(String name, String value, boolean secret) {
    public EnvironmentVariable {
        name = name == null ? "" : name.strip();
        value = value == null ? "" : value;
    }
}
