package dev.xinspect.core.workspace;

import static dev.xinspect.core.workspace.WorkspaceFiles.children;
import static dev.xinspect.core.workspace.WorkspaceFiles.isJsonFile;
import static dev.xinspect.core.workspace.WorkspaceFiles.stem;

import dev.xinspect.core.storage.FileFailure;
import dev.xinspect.core.storage.SafeFileName;
import dev.xinspect.core.storage.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Walks the workspace folder and reads every collection and environment it can. Apart from {@link WorkspaceStore}
 * because reading has its own rules: nothing stops the walk, a corrupt file is set aside (or, in a read-only folder,
 * left where it is) and said in a sentence, and links out of the workspace or back into it are not followed. The
 * caller holds the folder's lock when {@code writable}.
 */
final class WorkspaceLoader {
    /** What was read, and the file and version of each environment, by name, for later saves. */
    record Loaded(WorkspaceContents contents, Map<String, EnvironmentFile> environments) {
    }

    private final SharedFolder folder;
    private final WorkspaceJson json;
    private final EnvironmentSecrets secrets;

    WorkspaceLoader(SharedFolder folder, WorkspaceJson json, EnvironmentSecrets secrets) {
        this.folder = folder;
        this.json = json;
        this.secrets = secrets;
    }

    /** Reads the workspace; {@code writable} also removes leftover temp files and sets corrupt files aside. */
    Loaded load(boolean writable) throws IOException {
        List<String> problems = new ArrayList<>();
        if (writable) {
            folder.removeLeftoverTemps(WorkspaceStore.COLLECTIONS);
            folder.removeLeftoverTemps(WorkspaceStore.ENVIRONMENTS);
        }
        List<CollectionFolder> collections = new ArrayList<>();
        Set<Path> walked = new HashSet<>();
        if (walkable(WorkspaceStore.COLLECTIONS, walked, problems)) {
            for (Path dir : children(folder, WorkspaceStore.COLLECTIONS)) {
                if (Files.isDirectory(folder.resolve(dir)) && walkable(dir, walked, problems)) {
                    collections.add(readFolder(dir, writable, problems, walked));
                }
            }
        }
        collections.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        Map<String, EnvironmentFile> environments = readEnvironments(writable, problems, walked);
        List<Environment> list = environments.values().stream().map(EnvironmentFile::environment).toList();
        return new Loaded(new WorkspaceContents(collections, list, problems), environments);
    }

    private Map<String, EnvironmentFile> readEnvironments(boolean writable, List<String> problems, Set<Path> walked)
            throws IOException {
        Map<String, EnvironmentFile> loaded = new LinkedHashMap<>();
        Path dir = WorkspaceStore.ENVIRONMENTS;
        for (Path file : walkable(dir, walked, problems) ? children(folder, dir) : List.<Path>of()) {
            if (!isJsonFile(file) || !fileInside(file, problems)) {
                continue;
            }
            try {
                SharedFolder.Versioned read = folder.read(file);
                Environment environment = secrets.fill(json.environment(read.bytes(), stem(file)), problems);
                if (loaded.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(environment.name()))) {
                    problems.add(file + " names the environment " + environment.name() + " again; it was left out.");
                    continue;
                }
                loaded.put(environment.name(), new EnvironmentFile(file, read.version(), environment));
            } catch (WorkspaceJson.Unreadable e) {
                problems.add(setAsideOrReport(file, e.getMessage(), writable));
            } catch (IOException e) {
                problems.add(file + " could not be opened (" + FileFailure.reason(e) + ").");
            }
        }
        return loaded;
    }

    private CollectionFolder readFolder(Path dir, boolean writable, List<String> problems, Set<Path> walked) throws IOException {
        List<CollectionFolder> folders = new ArrayList<>();
        List<CollectionFolder.RequestEntry> requests = new ArrayList<>();
        for (Path child : children(folder, dir)) {
            if (Files.isDirectory(folder.resolve(child))) {
                if (walkable(child, walked, problems)) {
                    folders.add(readFolder(child, writable, problems, walked));
                }
            } else if (isJsonFile(child) && fileInside(child, problems)) {
                try {
                    SharedFolder.Versioned read = folder.read(child);
                    requests.add(new CollectionFolder.RequestEntry(child, json.request(read.bytes(), stem(child)), read.version()));
                } catch (WorkspaceJson.Unreadable e) {
                    problems.add(setAsideOrReport(child, e.getMessage(), writable));
                } catch (IOException e) {
                    problems.add(child + " could not be opened (" + FileFailure.reason(e) + ").");
                }
            }
        }
        folders.sort(Comparator.comparing(f -> f.name().toLowerCase(Locale.ROOT)));
        requests.sort(Comparator.comparing((CollectionFolder.RequestEntry r) -> r.name().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.path().toString()));
        return new CollectionFolder(SafeFileName.decode(dir.getFileName().toString()), dir, folders, requests);
    }

    /**
     * A folder to walk into: in the workspace, and not walked already. A link out of the workspace is not followed
     * (nothing there is read, renamed or set aside), nor a second way into one folder (two links to it, a link loop).
     */
    private boolean walkable(Path dir, Set<Path> walked, List<String> problems) throws IOException {
        if (!Files.exists(folder.resolve(dir))) {
            return true;
        }
        if (!folder.isInside(dir)) {
            problems.add(dir + " is a link to a folder outside the workspace; it was not followed.");
            return false;
        }
        if (!walked.add(folder.realPath(dir))) {
            problems.add(dir + " is a link to a folder shown already; it was not followed again.");
            return false;
        }
        return true;
    }

    /** False, with a problem said, for a link to a file outside the workspace: it is neither read nor set aside. */
    private boolean fileInside(Path file, List<String> problems) {
        if (folder.isInside(file)) {
            return true;
        }
        problems.add(file + " is a link to a file outside the workspace; it was left out.");
        return false;
    }

    private String setAsideOrReport(Path file, String why, boolean writable) {
        if (!writable) {
            return file + " could not be read (" + why + "); the folder is read-only, so it stays where it is.";
        }
        try {
            return WorkspaceFiles.setAside(file, why, folder.setAside(file));
        } catch (IOException e) {
            return file + " could not be read (" + why + ") nor set aside; it was left out.";
        }
    }
}
