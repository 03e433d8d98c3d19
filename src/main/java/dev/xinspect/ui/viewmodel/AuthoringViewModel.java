package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.SafeFileName;
import dev.xinspect.core.workshop.SavedRequestResolver;
import dev.xinspect.core.workshop.StepOutcome;
import dev.xinspect.core.workshop.Workshop;
import dev.xinspect.core.workshop.WorkshopDrafter;
import dev.xinspect.core.workshop.WorkshopExporter;
import dev.xinspect.core.workshop.WorkshopJson;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopRehearsal;
import dev.xinspect.core.workshop.WorkshopStep;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Authoring a workshop: a draft from a collection (one step per saved request), steps reordered and edited (see
 * {@link StepEditorViewModel}), rehearsed against a sandbox of their own as {@code xinspect workshop check} does, saved
 * as {@code workshops/<name>.json} in the workspace, and exported as a folder to hand out.
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
    private final ObservableList<String> scenarios = FXCollections.observableArrayList();
    private final ObservableList<StepOutcome> rehearsal = FXCollections.observableArrayList();
    private final StepEditorViewModel editor = new StepEditorViewModel(this::replaceSelected);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Rehearser rehearser;

    /** Plays a workshop against a sandbox of its own; {@link WorkshopRehearsal#rehearse} is one. */
    @FunctionalInterface
    public interface Rehearser {
        List<StepOutcome> rehearse(Workshop workshop, SavedRequestResolver resolver) throws IOException;
    }

    /** @param scenarioNames the sandbox scenarios a step can play */
    public AuthoringViewModel(Supplier<WorkspaceStore> workspace, List<String> scenarioNames, Rehearser rehearser,
                              Executor worker, Executor fxThread) {
        this.workspace = workspace;
        this.rehearser = rehearser;
        this.worker = worker;
        this.fxThread = fxThread;
        scenarios.setAll(scenarioNames);
        selected.addListener((obs, old, now) -> show(now.intValue()));
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
        rehearsal.clear();
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
        edited();
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

    /**
     * Sends every step's reference request to a sandbox started for the purpose and checks its expectations, so the
     * author sees, step by step, what a student will see; the outcomes stand until the next edit.
     */
    public CompletableFuture<Boolean> rehearse() {
        Workshop workshop = draft();
        if (workshop.steps().isEmpty()) {
            status.set("There are no steps to check yet: draft them from a collection.");
            return CompletableFuture.completedFuture(false);
        }
        status.set("Checking " + workshop.steps().size() + " steps on a sandbox of their own…");
        return CompletableFuture.supplyAsync(() -> {
            try {
                return rehearser.rehearse(workshop, new SavedRequestResolver(Optional.of(workspace.get().root())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker).handleAsync((outcomes, failure) -> {
            if (failure != null) {
                status.set("Not checked: the sandbox could not start (" + FailureText.reason(rootCause(failure)) + ").");
                return false;
            }
            rehearsal.setAll(outcomes);
            long holding = outcomes.stream().filter(StepOutcome::holds).count();
            status.set(holding + " of " + outcomes.size() + " steps hold on the sandbox"
                    + (holding == outcomes.size() ? "." : "; the ✗ steps say why."));
            return holding == outcomes.size();
        }, fxThread);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void show(int index) {
        editor.show(index >= 0 && index < steps.size() ? steps.get(index) : null);
    }

    /** The rehearsal and the line about the last save, export or rehearsal spoke about the draft before this edit. */
    private void edited() {
        rehearsal.clear();
        status.set("");
    }

    private void replaceSelected(WorkshopStep edited) {
        int at = selected.get();
        if (at >= 0 && at < steps.size()) {
            steps.set(at, edited);
            edited();
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

    /** The selected step's fields, hints and expectations. */
    public StepEditorViewModel editor() {
        return editor;
    }

    /** The sandbox scenarios a step can play, by name. */
    public ObservableList<String> scenarios() {
        return scenarios;
    }

    /** The last rehearsal's outcome per step, in step order; empty until one ran or after an edit. */
    public ObservableList<StepOutcome> rehearsal() {
        return rehearsal;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
