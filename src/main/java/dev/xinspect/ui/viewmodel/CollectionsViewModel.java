package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceContents;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The collections sidebar: the workspace's tree of collections, folders and saved requests; open one into the
 * editor, save the editor's request (over the one it came from, or as a new one), rename, new folder, move, delete
 * (to the workspace's trash). What could not be loaded is one banner sentence; a save that met a file changed
 * elsewhere sets {@link #conflictProperty()} so the view can offer Reload or Save as copy. Disk work runs on the
 * worker ({@link WorkspaceChanges}); what the user typed stays in the editor whatever fails.
 */
public final class CollectionsViewModel {
    private final Supplier<SavedRequest> editor;
    private final Consumer<SavedRequest> openInEditor;
    private final Consumer<List<Environment>> onEnvironments;
    private final WorkspaceChanges changes;
    private final CollectionTree tree = new CollectionTree();
    private final EditorFileLink current = new EditorFileLink();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();

    public CollectionsViewModel(Supplier<WorkspaceStore> store, Supplier<SavedRequest> editor, Consumer<SavedRequest> openInEditor,
                                Consumer<List<Environment>> onEnvironments, Executor worker, Executor fxThread) {
        this.editor = editor;
        this.openInEditor = openInEditor;
        this.onEnvironments = onEnvironments;
        this.changes = new WorkspaceChanges(store, worker, fxThread);
    }

    /** Reads the workspace folder; files that could not be read become the banner. */
    public CompletableFuture<Void> load() {
        return changes.read(this::show);
    }

    /** Opens a saved request in the editor; it becomes the one Ctrl+S saves over. */
    public void open(CollectionNode node) {
        CollectionFolder.RequestEntry entry = node == null ? null : tree.entry(node.path());
        if (entry == null) {
            return;
        }
        openInEditor.accept(entry.request());
        current.set(new WorkspaceStore.SavedFile(entry.path(), entry.version()), entry.request());
        error.set("");
        conflict.set(false);
    }

    /** True when the editor holds a saved request, so {@link #save()} has somewhere to go. */
    public boolean hasCurrent() {
        return current.isSet();
    }

    /** Saves the editor over the request it was opened from (Ctrl+S); false with a message when there is none or it failed. */
    public CompletableFuture<Boolean> save() {
        Path file = current.file();
        if (file == null) {
            error.set("This request is not saved yet: choose a collection and a name.");
            return CompletableFuture.completedFuture(false);
        }
        SavedRequest request = edited(current.saved().name());
        String version = current.versionOf(file, tree);
        return change(s -> new WorkspaceStore.SavedFile(file, s.save(file, request, version)), done -> current.set(done, request));
    }

    /** Saves the editor as a new request in a collection or folder ({@code folder} from {@link #folders()} or a new collection's name). */
    public CompletableFuture<Boolean> saveAs(Path folder, String name) {
        SavedRequest request = edited(name);
        return change(s -> s.saveNew(folder, request), done -> current.set(done, request));
    }

    /** Saves the editor as a new collection named {@code collection}, created if needed. */
    public CompletableFuture<Boolean> saveInNewCollection(String collection, String name) {
        SavedRequest request = edited(name);
        Optional<Path> existing = tree.collectionNamed(collection);
        return change(s -> {
            Path folder = existing.isPresent() ? existing.get() : s.createFolder(WorkspaceStore.COLLECTIONS, collection);
            return s.saveNew(WorkspaceStore.COLLECTIONS.resolve(folder.getFileName().toString()), request);
        }, done -> current.set(done, request));
    }

    /** After a conflict: saves what the editor holds beside the original, as "name (copy)". */
    public CompletableFuture<Boolean> saveAsCopy() {
        Path file = current.file();
        if (file == null) {
            return CompletableFuture.completedFuture(false);
        }
        return saveAs(file.getParent(), current.saved().name() + " (copy)");
    }

    /** After a conflict: reads the request from disk into the editor (what the editor held is replaced). */
    public CompletableFuture<Boolean> reloadCurrent() {
        Path file = current.file();
        if (file == null) {
            return CompletableFuture.completedFuture(false);
        }
        return change(s -> {
            CollectionFolder.RequestEntry fresh = s.reload(file);
            return new WorkspaceStore.SavedFile(fresh.path(), fresh.version());
        }, done -> {
            CollectionFolder.RequestEntry fresh = tree.entry(done.path());
            if (fresh != null) {
                openInEditor.accept(fresh.request());
                current.set(new WorkspaceStore.SavedFile(fresh.path(), fresh.version()), fresh.request());
            }
        });
    }

    public CompletableFuture<Boolean> newCollection(String name) {
        return change(s -> new WorkspaceStore.SavedFile(s.createFolder(WorkspaceStore.COLLECTIONS, name), null), done -> { });
    }

    public CompletableFuture<Boolean> newFolder(CollectionNode parent, String name) {
        if (parent == null || parent.isRequest()) {
            error.set("Pick a collection or a folder to put the new folder in.");
            return CompletableFuture.completedFuture(false);
        }
        return change(s -> new WorkspaceStore.SavedFile(s.createFolder(parent.path(), name), null), done -> { });
    }

    public CompletableFuture<Boolean> rename(CollectionNode node, String newName) {
        Path old = node.path();
        String version = current.versionOf(old, tree);
        return change(s -> node.isRequest() ? s.rename(old, newName, version)
                : new WorkspaceStore.SavedFile(s.renameFolder(old, newName), null),
                done -> current.renamed(old, done.path(), node.isRequest() ? newName : null, tree));
    }

    /** Moves a request into another collection or folder. */
    public CompletableFuture<Boolean> move(CollectionNode request, CollectionNode folder) {
        if (request == null || !request.isRequest() || folder == null || folder.isRequest()) {
            error.set("Drag a request onto a collection or a folder.");
            return CompletableFuture.completedFuture(false);
        }
        Path old = request.path();
        String version = current.versionOf(old, tree);
        return change(s -> s.move(old, folder.path(), version), done -> current.moved(old, done));
    }

    /** Moves a request, folder or collection to the workspace's {@code .trash} folder. */
    public CompletableFuture<Boolean> delete(CollectionNode node) {
        Path old = node.path();
        String version = node.isRequest() ? current.versionOf(old, tree) : null;
        return change(s -> new WorkspaceStore.SavedFile(s.delete(old, version), null), trashed -> current.deleted(old));
    }

    /** Every collection and folder, as targets for Save as: display name ("Tweets / Search") → path. */
    public List<CollectionNode> folders() {
        return tree.folders();
    }

    public void dismiss() {
        banner.set("");
        error.set("");
        conflict.set(false);
    }

    /** The editor's request under {@code name}, keeping the description of the saved one it came from. */
    private SavedRequest edited(String name) {
        return current.edited(editor.get(), name);
    }

    /** The saved file the editor stands for (null: not saved), handed to a request tab and back when it is shown again. */
    public record Link(WorkspaceStore.SavedFile file, SavedRequest saved) {
    }

    public Link link() {
        return current.link();
    }

    /** Makes Ctrl+S go to the tab's own file (or ask where, for a tab never saved). */
    public void relink(Link link) {
        current.relink(link);
    }

    private void show(WorkspaceContents contents) {
        tree.show(contents.collections());
        onEnvironments.accept(contents.environments());
        if (!contents.problems().isEmpty()) {
            banner.set(contents.problems().size() == 1 ? contents.problems().get(0)
                    : contents.problems().size() + " workspace files could not be read: " + String.join(" ", contents.problems()));
        }
    }

    /** Runs a change; on the FX thread reports its failure, or clears the messages, shows the tree and applies {@code done}. */
    private CompletableFuture<Boolean> change(WorkspaceChanges.Change work, Consumer<WorkspaceStore.SavedFile> done) {
        return changes.run(work, (StorageException failure) -> {
            error.set(failure.getMessage());
            conflict.set(WorkspaceChanges.isConflict(failure));
        }, (file, contents) -> {
            error.set("");
            conflict.set(false);
            show(contents);
            done.accept(file);
        });
    }

    public ObservableList<CollectionNode> collections() {
        return tree.roots();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> currentProperty() {
        return current.path();
    }

    /** The name of the saved request the editor holds, or empty. */
    public ReadOnlyStringProperty currentNameProperty() {
        return current.name();
    }
}
