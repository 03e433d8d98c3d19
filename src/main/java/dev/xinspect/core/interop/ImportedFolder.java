package dev.xinspect.core.interop;

import java.util.List;

/** A folder of an imported collection (the collection itself at the top), in the order the source lists them. */
public record ImportedFolder(String name, List<ImportedFolder> folders, List<CollectionItem> requests) {
    public ImportedFolder {
        name = name == null ? "" : name;
        folders = List.copyOf(folders);
        requests = List.copyOf(requests);
    }

    /** Requests in this folder and every folder below. */
    public int requestCount() {
        return requests.size() + folders.stream().mapToInt(ImportedFolder::requestCount).sum();
    }

    /** Folders below this one, at any depth. */
    public int folderCount() {
        return folders.size() + folders.stream().mapToInt(ImportedFolder::folderCount).sum();
    }
}
