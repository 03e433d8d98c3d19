package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceContents;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The collections sidebar: the workspace's tree of collections, folders and saved requests; open one into the
 * editor, save the editor's request (over the one it came from, or as a new one), rename, new folder, move, delete
 * (to the workspace's trash). What could not be loaded is one banner sentence; a save that met a file changed
 * elsewhere sets {@link #conflictProperty()} so the view can offer Reload or Save as copy. Disk work runs on the
 * worker; what the user typed stays in the editor whatever fails.
 */
public final class CollectionsViewModel {
    private final Supplier<WorkspaceStore> store;
    private final Supplier<SavedRequest> editor;
    private final Consumer<SavedRequest> openInEditor;
    private final Consumer<List<Environment>> onEnvironments;
    private final Executor worker;
    private final Executor fxThread;

    private final ObservableList<CollectionNode> collections = FXCollections.observableArrayList();
    private final Map<Path, CollectionFolder.RequestEntry> saved = new HashMap<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper currentName = new ReadOnlyStringWrapper("");
    private SavedRequest currentSaved;
    private String currentVersion;

    public CollectionsViewModel(Supplier<WorkspaceStore> store, Supplier<SavedRequest> editor, Consumer<SavedRequest> openInEditor,
                                Consumer<List<Environment>> onEnvironments, Executor worker, Executor fxThread) {
        this.store = store;
        this.editor = editor;
        this.openInEditor = openInEditor;
        this.onEnvironments = onEnvironments;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Reads the workspace folder; files that could not be read become the banner. */
    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(() -> store.get().load(), worker).thenAcceptAsync(this::show, fxThread);
    }

    /** Opens a saved request in the editor; it becomes the one Ctrl+S saves over. */
    public void open(CollectionNode node) {
        CollectionFolder.RequestEntry entry = node == null ? null : saved.get(node.path());
        if (entry == null) {
            return;
        }
        openInEditor.accept(entry.request());
        setCurrent(new WorkspaceStore.SavedFile(entry.path(), entry.version()), entry.request());
        error.set("");
        conflict.set(false);
    }

    /** True when the editor holds a saved request, so {@link #save()} has somewhere to go. */
    public boolean hasCurrent() {
        return current.get() != null;
    }

    /** Saves the editor over the request it was opened from (Ctrl+S); false with a message when there is none or it failed. */
    public CompletableFuture<Boolean> save() {
        Path file = current.get();
        if (file == null) {
            error.set("This request is not saved yet: choose a collection and a name.");
            return CompletableFuture.completedFuture(false);
        }
        SavedRequest request = edited(currentSaved.name());
        String version = currentVersion;
        return change(s -> new WorkspaceStore.SavedFile(file, s.save(file, request, version)), done -> setCurrent(done, request));
    }

    /** Saves the editor as a new request in a collection or folder ({@code folder} from {@link #folders()} or a new collection's name). */
    public CompletableFuture<Boolean> saveAs(Path folder, String name) {
        SavedRequest request = edited(name);
        return change(s -> s.saveNew(folder, request), done -> setCurrent(done, request));
    }

    /** Saves the editor as a new collection named {@code collection}, created if needed. */
    public CompletableFuture<Boolean> saveInNewCollection(String collection, String name) {
        SavedRequest request = edited(name);
        return change(s -> {
            Path folder = WorkspaceStore.COLLECTIONS.resolve(existingCollection(collection)
                    .orElseGet(() -> uncheckedCreate(s, collection)).getFileName().toString());
            return s.saveNew(folder, request);
        }, done -> setCurrent(done, request));
    }

    /** After a conflict: saves what the editor holds beside the original, as "name (copy)". */
    public CompletableFuture<Boolean> saveAsCopy() {
        Path file = current.get();
        if (file == null) {
            return CompletableFuture.completedFuture(false);
        }
        return saveAs(file.getParent(), currentSaved.name() + " (copy)");
    }

    /** After a conflict: reads the request from disk into the editor (what the editor held is replaced). */
    public CompletableFuture<Boolean> reloadCurrent() {
        Path file = current.get();
        if (file == null) {
            return CompletableFuture.completedFuture(false);
        }
        return change(s -> {
            CollectionFolder.RequestEntry fresh = s.reload(file);
            return new WorkspaceStore.SavedFile(fresh.path(), fresh.version());
        }, done -> {
            CollectionFolder.RequestEntry fresh = saved.get(done.path());
            if (fresh != null) {
                openInEditor.accept(fresh.request());
                setCurrent(new WorkspaceStore.SavedFile(fresh.path(), fresh.version()), fresh.request());
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
        String version = versionOf(old);
        return change(s -> node.isRequest() ? s.rename(old, newName, version)
                : new WorkspaceStore.SavedFile(s.renameFolder(old, newName), null), done -> {
            Path open = current.get();
            if (open != null && open.startsWith(old)) {
                Path moved = done.path().resolve(old.relativize(open));
                CollectionFolder.RequestEntry entry = saved.get(moved);
                setCurrent(new WorkspaceStore.SavedFile(moved, entry == null ? currentVersion : entry.version()),
                        node.isRequest() ? currentSaved.withName(newName.strip()) : currentSaved);
            }
        });
    }

    /** Moves a request into another collection or folder. */
    public CompletableFuture<Boolean> move(CollectionNode request, CollectionNode folder) {
        if (request == null || !request.isRequest() || folder == null || folder.isRequest()) {
            error.set("Drag a request onto a collection or a folder.");
            return CompletableFuture.completedFuture(false);
        }
        Path old = request.path();
        String version = versionOf(old);
        return change(s -> s.move(old, folder.path(), version), done -> {
            if (old.equals(current.get())) {
                setCurrent(done, currentSaved);
            }
        });
    }

    /** Moves a request, folder or collection to the workspace's {@code .trash} folder. */
    public CompletableFuture<Boolean> delete(CollectionNode node) {
        Path old = node.path();
        String version = node.isRequest() ? versionOf(old) : null;
        return change(s -> new WorkspaceStore.SavedFile(s.delete(old, version), null), trashed -> {
            Path open = current.get();
            if (open != null && open.startsWith(old)) {
                setCurrent(null, null);
            }
        });
    }

    /** Every collection and folder, as targets for Save as: display name ("Tweets / Search") → path. */
    public List<CollectionNode> folders() {
        List<CollectionNode> all = new ArrayList<>();
        collections.forEach(c -> addFolders(c, c.name(), all));
        return all;
    }

    public void dismiss() {
        banner.set("");
        error.set("");
        conflict.set(false);
    }

    private void addFolders(CollectionNode node, String label, List<CollectionNode> all) {
        all.add(new CollectionNode(node.kind(), label, node.path(), "", List.of()));
        node.children().stream().filter(c -> !c.isRequest()).forEach(c -> addFolders(c, label + " / " + c.name(), all));
    }

    private java.util.Optional<Path> existingCollection(String name) {
        return collections.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).map(CollectionNode::path).findFirst();
    }

    private static Path uncheckedCreate(WorkspaceStore s, String name) {
        try {
            return s.createFolder(WorkspaceStore.COLLECTIONS, name);
        } catch (StorageException e) {
            throw new CompletionException(e);
        }
    }

    /** The editor's request under {@code name}, keeping the description of the saved one it came from. */
    private SavedRequest edited(String name) {
        SavedRequest typed = editor.get();
        String description = currentSaved == null ? "" : currentSaved.description();
        return new SavedRequest(name, typed.method(), typed.url(), typed.headers(), typed.body(), typed.authProfile(), description,
                typed.disabledQuery());
    }

    /** The version the editor opened (for the open request) or the tree last read. */
    private String versionOf(Path file) {
        if (file.equals(current.get())) {
            return currentVersion;
        }
        CollectionFolder.RequestEntry entry = saved.get(file);
        return entry == null ? null : entry.version();
    }

    /** The saved file the editor stands for (null: not saved), handed to a request tab and back when it is shown again. */
    public record Link(WorkspaceStore.SavedFile file, SavedRequest saved) {
    }

    public Link link() {
        return current.get() == null ? null : new Link(new WorkspaceStore.SavedFile(current.get(), currentVersion), currentSaved);
    }

    /** Makes Ctrl+S go to the tab's own file (or ask where, for a tab never saved). */
    public void relink(Link link) {
        setCurrent(link == null ? null : link.file(), link == null ? null : link.saved());
    }

    private void setCurrent(WorkspaceStore.SavedFile file, SavedRequest request) {
        currentSaved = request;
        currentVersion = file == null ? null : file.version();
        current.set(file == null ? null : file.path());
        currentName.set(request == null ? "" : request.name());
    }

    private void show(WorkspaceContents contents) {
        Map<Path, CollectionFolder.RequestEntry> requests = new HashMap<>();
        List<CollectionNode> roots = contents.collections().stream().map(c -> node(c, CollectionNode.Kind.COLLECTION, requests)).toList();
        synchronized (saved) {
            saved.clear();
            saved.putAll(requests);
        }
        collections.setAll(roots);
        onEnvironments.accept(contents.environments());
        if (!contents.problems().isEmpty()) {
            banner.set(contents.problems().size() == 1 ? contents.problems().get(0)
                    : contents.problems().size() + " workspace files could not be read: " + String.join(" ", contents.problems()));
        }
    }

    private static CollectionNode node(CollectionFolder folder, CollectionNode.Kind kind, Map<Path, CollectionFolder.RequestEntry> requests) {
        List<CollectionNode> children = new ArrayList<>();
        folder.folders().forEach(f -> children.add(node(f, CollectionNode.Kind.FOLDER, requests)));
        folder.requests().forEach(r -> {
            requests.put(r.path(), r);
            children.add(new CollectionNode(CollectionNode.Kind.REQUEST, r.name(), r.path(), r.request().method(), List.of()));
        });
        return new CollectionNode(kind, folder.name(), folder.path(), "", children);
    }

    @FunctionalInterface
    private interface StoreChange {
        WorkspaceStore.SavedFile apply(WorkspaceStore store) throws StorageException;
    }

    /** Runs a change on the worker, then on the FX thread reports it or applies {@code done} and reloads the tree. */
    private CompletableFuture<Boolean> change(StoreChange work, Consumer<WorkspaceStore.SavedFile> done) {
        WorkspaceStore target = store.get();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new Outcome(work.apply(target), null, target.load());
            } catch (StorageException e) {
                return new Outcome(null, e, null);
            } catch (CompletionException e) {
                return new Outcome(null, e.getCause() instanceof StorageException s ? s
                        : new StorageException(StorageException.Reason.FAILED, String.valueOf(e.getCause().getMessage())), null);
            }
        }, worker).thenApplyAsync(outcome -> {
            if (outcome.failure() != null) {
                error.set(outcome.failure().getMessage());
                StorageException.Reason reason = outcome.failure().reason();
                conflict.set(reason == StorageException.Reason.CHANGED_ELSEWHERE || reason == StorageException.Reason.REMOVED_ELSEWHERE);
                return false;
            }
            error.set("");
            conflict.set(false);
            show(outcome.contents());
            done.accept(outcome.path());
            return true;
        }, fxThread);
    }

    private record Outcome(WorkspaceStore.SavedFile path, StorageException failure, WorkspaceContents contents) {
    }

    public ObservableList<CollectionNode> collections() {
        return collections;
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
        return current.getReadOnlyProperty();
    }

    /** The name of the saved request the editor holds, or empty. */
    public ReadOnlyStringProperty currentNameProperty() {
        return currentName.getReadOnlyProperty();
    }
}
