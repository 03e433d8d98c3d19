package dev.xinspect.core.workspace;

import java.util.List;

/**
 * Everything a workspace folder held that could be read, and one plain sentence per file that could not (each set
 * aside as {@code name.corrupt-N}, never deleted).
 */
public record WorkspaceContents(List<CollectionFolder> collections, List<Environment> environments, List<String> problems) {
    public WorkspaceContents {
        collections = List.copyOf(collections);
        environments = List.copyOf(environments);
        problems = List.copyOf(problems);
    }
}
