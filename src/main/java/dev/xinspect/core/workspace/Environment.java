package dev.xinspect.core.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named set of variables for {@code {{…}}} resolution, in the order the user made them. */
public record Environment(String name, List<EnvironmentVariable> variables) {
    public Environment {
        name = name == null ? "" : name.strip();
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /** Name → value, secrets included; a later duplicate name wins, as in the editor's table. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        variables.stream().filter(v -> !v.name().isEmpty()).forEach(v -> values.put(v.name(), v.value()));
        return values;
    }
}
