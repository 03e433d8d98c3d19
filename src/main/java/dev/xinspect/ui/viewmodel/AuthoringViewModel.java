package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.SafeFileName;
import dev.xinspect.core.workshop.Workshop;
import dev.xinspect.core.workshop.WorkshopDrafter;
import dev.xinspect.core.workshop.WorkshopExporter;
import dev.xinspect.core.workshop.WorkshopJson;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopStep;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Authoring a workshop: a draft from a collection (one step per saved request), steps reordered and edited (title,
 * instructions, what to find out), the selected step previewed as a student sees it, saved as
 * {@code workshops/<name>.json} in the workspace, and exported as a folder to hand out. Expectations and hints are
 * edited in the file (the student panel and {@code workshop check} say what a step still lacks).
 */
public final class AuthoringViewModel {
    private final Supplier<WorkspaceStore> workspace;
    private final Executor worker;
    private final Executor fxThread;
    private final WorkshopJson json = new WorkshopJson();

    private final ObservableList<String> collectionNames = FXCollections.observableArrayList();
    private List<CollectionFolder> collections = List.of();
    private final ObservableList<WorkshopStep> steps = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty stepTitle = new SimpleStringProperty("");
    private final StringProperty instructions = new SimpleStringProperty("");
    private final StringProperty findOut = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean showing;

    public AuthoringViewModel(Supplier<WorkspaceStore> workspace, Executor worker, Executor fxThread) {
        this.workspace = workspace;
        this.worker = worker;
        this.fxThread = fxThread;
        selected.addListener((obs, old, now) -> show(now.intValue()));
        stepTitle.addListener((obs, old, now) -> edit(step -> step.withTitle(now)));
        instructions.addListener((obs, old, now) -> edit(step -> step.withInstructions(now)));
        findOut.addListener((obs, old, now) -> edit(step -> step.withFindOut(now)));
    }

    public CompletableFuture<Void> loadCollections() {
        return CompletableFuture.supplyAsync(() -> workspace.get().load().collections(), worker).thenAcceptAsync(loaded -> {
            collections = loaded;
            collectionNames.setAll(loaded.stream().map(CollectionFolder::name).toList());
        }, fxThread);
    }

    /** Replaces the draft with one step per request of the named collection, to fill in. */
    public void newFromCollection(String collectionName) {
        CollectionFolder collection = collections.stream().filter(c -> c.name().equals(collectionName)).findFirst().orElse(null);
        if (collection == null) {
            status.set("There is no collection named " + collectionName + " in the workspace.");
            return;
        }
        Workshop draft = new WorkshopDrafter().fromCollection(collection, SafeFileName.encode(collection.name()));
        name.set(draft.name());
        title.set(draft.title());
        steps.setAll(draft.steps());
        selected.set(steps.isEmpty() ? -1 : 0);
        show(selected.get());
        status.set(steps.size() + " steps drafted from " + collection.name() + ": add what to find out and the expectations.");
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int by) {
        int at = selected.get();
        int to = at + by;
        if (at < 0 || to < 0 || to >= steps.size()) {
            return;
        }
        WorkshopStep step = steps.remove(at);
        steps.add(to, step);
        selected.set(to);
    }

    /** The workshop as it stands. */
    public Workshop draft() {
        return new Workshop(name.get().strip(), title.get().strip(), "", steps);
    }

    /** Writes {@code workshops/<name>.json} in the workspace (atomic; an existing file is replaced). */
    public CompletableFuture<Boolean> save() {
        Workshop workshop = draft();
        return CompletableFuture.supplyAsync(() -> {
            try {
                Path file = workspace.get().root().resolve(WorkshopLibrary.FOLDER).resolve(SafeFileName.encode(workshop.name()) + ".json");
                Files.createDirectories(file.getParent());
                AtomicFile.write(file, json.write(workshop), false);
                return "Saved as " + file + ".";
            } catch (IOException | IllegalArgumentException e) {
                return "Not saved: " + e.getMessage();
            }
        }, worker).thenApplyAsync(message -> {
            status.set(message);
            return message.startsWith("Saved");
        }, fxThread);
    }

    /** Exports the draft as one folder under {@code parent}, with the saved requests its steps use. */
    public CompletableFuture<Boolean> export(Path parent) {
        Workshop workshop = draft();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return "Exported to " + new WorkshopExporter().export(workshop, Optional.of(workspace.get().root()), parent) + ".";
            } catch (IOException e) {
                return "Not exported: " + e.getMessage();
            }
        }, worker).thenApplyAsync(message -> {
            status.set(message);
            return message.startsWith("Exported");
        }, fxThread);
    }

    private void show(int index) {
        showing = true;
        WorkshopStep step = index >= 0 && index < steps.size() ? steps.get(index) : null;
        stepTitle.set(step == null ? "" : step.title());
        instructions.set(step == null ? "" : step.instructions());
        findOut.set(step == null ? "" : step.findOut());
        showing = false;
    }

    private void edit(java.util.function.UnaryOperator<WorkshopStep> change) {
        int at = selected.get();
        if (!showing && at >= 0 && at < steps.size()) {
            steps.set(at, change.apply(steps.get(at)));
        }
    }

    /** The workspace's collections by name. */
    public ObservableList<String> collections() {
        return collectionNames;
    }

    public ObservableList<WorkshopStep> steps() {
        return steps;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty stepTitleProperty() {
        return stepTitle;
    }

    public StringProperty instructionsProperty() {
        return instructions;
    }

    public StringProperty findOutProperty() {
        return findOut;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
