package dev.xinspect.core.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A collection (a folder right under {@code collections/}) or a folder inside one: its name, its path relative to
 * the workspace, its sub-folders and requests, each sorted by name ignoring case.
 */
public record CollectionFolder(String name, Path path, List<CollectionFolder> folders, List<RequestEntry> requests) {
    public CollectionFolder {
        folders = List.copyOf(folders);
        requests = List.copyOf(requests);
    }

    /**
     * A saved request in the tree: its file (relative to the workspace), its content, and the version read (what a
     * later save or move must present, so a change made elsewhere in between is refused).
     */
    public record RequestEntry(Path path, SavedRequest request, String version) {
        public String name() {
            return request.name();
        }
    }
}
