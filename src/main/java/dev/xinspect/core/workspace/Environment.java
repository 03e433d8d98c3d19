package dev.xinspect.core.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named set of variables for {@code {{…}}} resolution, in the order the user made them, and the credential profile
 * requests use while it is chosen ({@code authProfile}, by name; empty: keep whatever the request has).
 */
public record Environment(String name, List<EnvironmentVariable> variables, String authProfile) {
    public Environment {
        name = name == null ? "" : name.strip();
        variables = variables == null ? List.of() : List.copyOf(variables);
        authProfile = authProfile == null ? "" : authProfile.strip();
    }

    public Environment(String name, List<EnvironmentVariable> variables) {
        this(name, variables, "");
    }

    /** This environment with {@code variable} in place of the one of the same name, or added at the end. */
    public Environment withVariable(EnvironmentVariable variable) {
        List<EnvironmentVariable> all = new java.util.ArrayList<>(variables);
        all.removeIf(v -> v.name().equals(variable.name()));
        all.add(variable);
        return new Environment(name, all, authProfile);
    }

    /** Name → value, secrets included; a later duplicate name wins, as in the editor's table. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        variables.stream().filter(v -> !v.name().isEmpty()).forEach(v -> values.put(v.name(), v.value()));
        return values;
    }
}
