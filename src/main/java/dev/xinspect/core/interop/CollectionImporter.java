package dev.xinspect.core.interop;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an {@link ImportedCollection} into the workspace: a new collection (named {@code Name (2)} when the name is
 * taken), its folders and requests, and an environment of the same name holding its variables (secret ones go to the
 * credential store through {@link WorkspaceStore#saveEnvironment}). Each request gets the credential profile
 * {@code profileFor} names for its auth mode. A request the store refuses (it holds a credential) is left out with a
 * note; the rest is written. Blocking: call it off the FX thread.
 */
public final class CollectionImporter {
    private static final int MAX_SUFFIX = 100;

    private final WorkspaceStore store;
    private final Function<AuthMode, Optional<String>> profileFor;

    /** @param profileFor the profile requests of a mode use (the first saved one of that mode); empty: none yet */
    public CollectionImporter(WorkspaceStore store, Function<AuthMode, Optional<String>> profileFor) {
        this.store = store;
        this.profileFor = profileFor;
    }

    /** What was written, and every note of the reading and of the writing. */
    public record Summary(String collection, Path path, int requests, int folders, String environment, List<String> notes) {
        public Summary {
            notes = List.copyOf(notes);
        }

        /** A few lines for the window and the terminal. */
        public String text() {
            StringBuilder text = new StringBuilder("Imported " + requests + (requests == 1 ? " request" : " requests") + " in "
                    + folders + (folders == 1 ? " folder" : " folders") + " as the collection " + collection);
            text.append(environment.isEmpty() ? "." : ", its variables as the environment " + environment + ".");
            notes.forEach(note -> text.append("\n- ").append(note));
            return text.toString();
        }
    }

    public Summary write(ImportedCollection imported) throws StorageException {
        List<String> notes = new ArrayList<>(imported.notes());
        Path root = newFolder(WorkspaceStore.COLLECTIONS, imported.name());
        Map<AuthMode, Integer> modes = new EnumMap<>(AuthMode.class);
        int[] written = new int[1];
        writeFolder(root, imported.root(), modes, written, notes);
        modes.forEach((mode, count) -> notes.add(profileNote(mode, count)));
        String environment = "";
        if (!imported.variables().isEmpty()) {
            environment = saveEnvironment(folderName(root, imported.name()), imported, notes);
        }
        return new Summary(folderName(root, imported.name()), root, written[0], imported.root().folderCount(), environment, notes);
    }

    private void writeFolder(Path path, ImportedFolder folder, Map<AuthMode, Integer> modes, int[] written, List<String> notes)
            throws StorageException {
        for (ImportedFolder child : folder.folders()) {
            writeFolder(newFolder(path, child.name()), child, modes, written, notes);
        }
        for (CollectionItem item : folder.requests()) {
            String profile = "";
            if (item.auth() != AuthMode.NONE) {
                modes.merge(item.auth(), 1, Integer::sum);
                profile = profileFor.apply(item.auth()).orElse("");
            }
            SavedRequest r = item.request();
            SavedRequest request = new SavedRequest(r.name(), r.method(), r.url(), r.headers(), r.body(), profile,
                    r.description(), r.disabledQuery(), r.parts());
            try {
                store.saveNew(path, request);
                written[0]++;
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.REFUSED) {
                    throw e;
                }
                notes.add("The request " + r.name() + " was not imported: " + e.getMessage());
            }
        }
    }

    /** A new folder named {@code name}, or {@code name (2)}, {@code (3)}… when taken. */
    private Path newFolder(Path parent, String name) throws StorageException {
        for (int n = 1; ; n++) {
            try {
                return store.createFolder(parent, n == 1 ? name : name + " (" + n + ")");
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.EXISTS || n >= MAX_SUFFIX) {
                    throw e;
                }
            }
        }
    }

    private String saveEnvironment(String name, ImportedCollection imported, List<String> notes) throws StorageException {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? name : name + " (" + n + ")";
            try {
                store.saveEnvironment(new Environment(candidate, imported.variables()), null);
                long secrets = imported.variables().stream().filter(v -> v.secret()).count();
                if (secrets > 0) {
                    notes.add(secrets + (secrets == 1 ? " variable looks" : " variables look") + " like a credential: kept in"
                            + " the credential store as secret variables of " + candidate + ", never in a file.");
                }
                return candidate;
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.EXISTS || n >= MAX_SUFFIX) {
                    notes.add("The variables were not saved as an environment: " + e.getMessage());
                    return "";
                }
            }
        }
    }

    private String profileNote(AuthMode mode, int count) {
        String requests = count + (count == 1 ? " request uses " : " requests use ") + mode.label();
        return profileFor.apply(mode).map(p -> requests + ": the profile " + p + " signs " + (count == 1 ? "it." : "them."))
                .orElse(requests + ": there is no profile of that kind yet; make one in the Auth tab and pick it for "
                        + (count == 1 ? "it." : "them."));
    }

    private static String folderName(Path folder, String fallback) {
        return folder.getFileName() == null ? fallback : dev.xinspect.core.storage.SafeFileName.decode(folder.getFileName().toString());
    }
}
