package dev.xinspect.core.interop;

import dev.xinspect.core.workspace.EnvironmentVariable;
import java.util.List;

/**
 * A collection read from another tool's file, before it is written to the workspace: its folders and requests
 * ({@code root}, named for the collection), the variables it declares (for an environment of the same name), and one
 * plain sentence per thing that was left out or changed ({@code notes}).
 */
public record ImportedCollection(ImportedFolder root, List<EnvironmentVariable> variables, List<String> notes) {
    public ImportedCollection {
        variables = List.copyOf(variables);
        notes = List.copyOf(notes);
    }

    public String name() {
        return root.name();
    }
}
