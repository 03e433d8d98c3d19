package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which saved file the editor's request stands for, so Ctrl+S goes back to it: its path, the version read (the store
 * refuses to write over a newer one) and the request as saved. It follows the file when the sidebar renames, moves
 * or deletes it, or a folder holding it. Used on the FX thread.
 */
final class EditorFileLink {
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private SavedRequest saved;
    private String version;

    /** Links the editor to {@code file} holding {@code request}; nulls: the editor's request is not saved. */
    void set(WorkspaceStore.SavedFile file, SavedRequest request) {
        saved = request;
        version = file == null ? null : file.version();
        path.set(file == null ? null : file.path());
        name.set(request == null ? "" : request.name());
    }

    boolean isSet() {
        return path.get() != null;
    }

    Path file() {
        return path.get();
    }

    /** The request as saved (null when not linked). */
    SavedRequest saved() {
        return saved;
    }

    /** The version the editor opened, for its own file; else the one the tree last read; null if unknown. */
    String versionOf(Path file, CollectionTree tree) {
        if (file.equals(path.get())) {
            return version;
        }
        CollectionFolder.RequestEntry entry = tree.entry(file);
        return entry == null ? null : entry.version();
    }

    /** The editor's {@code typed} request under {@code newName}, keeping the description of the saved one it came from. */
    SavedRequest edited(SavedRequest typed, String newName) {
        return new SavedRequest(newName, typed.method(), typed.url(), typed.headers(), typed.body(), typed.authProfile(),
                saved == null ? "" : saved.description(), typed.disabledQuery(), typed.parts());
    }

    /**
     * {@code old} (a request, or a folder) is now {@code now}; a request renamed takes {@code newName}, a folder's
     * requests keep theirs (null). The tree must already show the new place.
     */
    void renamed(Path old, Path now, String newName, CollectionTree tree) {
        Path open = path.get();
        if (open != null && open.startsWith(old)) {
            Path moved = now.resolve(old.relativize(open));
            CollectionFolder.RequestEntry entry = tree.entry(moved);
            set(new WorkspaceStore.SavedFile(moved, entry == null ? version : entry.version()),
                    newName == null ? saved : saved.withName(newName.strip()));
        }
    }

    /** The request at {@code old} was moved to {@code now}. */
    void moved(Path old, WorkspaceStore.SavedFile now) {
        if (old.equals(path.get())) {
            set(now, saved);
        }
    }

    /** {@code old} (a request, a folder, a collection) went to the trash: a request in it is no longer saved. */
    void deleted(Path old) {
        Path open = path.get();
        if (open != null && open.startsWith(old)) {
            set(null, null);
        }
    }

    /** The link to hand to a request tab (null: not saved). */
    CollectionsViewModel.Link link() {
        return isSet() ? new CollectionsViewModel.Link(new WorkspaceStore.SavedFile(path.get(), version), saved) : null;
    }

    void relink(CollectionsViewModel.Link link) {
        set(link == null ? null : link.file(), link == null ? null : link.saved());
    }

    ReadOnlyObjectProperty<Path> path() {
        return path.getReadOnlyProperty();
    }

    ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }
}
