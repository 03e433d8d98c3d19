package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The environment picker and its editor. The built-in sandbox environment ({@code baseUrl} = the embedded sandbox)
 * comes first, is selected at start and can be neither edited nor deleted; the workspace's environments follow. The
 * selected one's variables feed {@code {{…}}} resolution ({@link #values()}). The editor works on a copy of one
 * environment's rows; a secret row's value goes to the credential store on save, never to the file.
 */
public final class EnvironmentsViewModel {
    public static final String SANDBOX = "Sandbox";
    /** Where an imported credential goes when the built-in sandbox environment is selected. */
    public static final String IMPORTED = "Imported";
    private static final String SANDBOX_TAKEN = "The name Sandbox belongs to the built-in environment; pick another.";

    private final StoreWrite writes;
    private final Map<String, String> sandbox;
    private final Map<String, Environment> byName = new LinkedHashMap<>();

    private final ObservableList<String> names = FXCollections.observableArrayList(SANDBOX);
    private final StringProperty selected = new SimpleStringProperty(SANDBOX);
    private final StringProperty editedName = new SimpleStringProperty("");
    private final StringProperty editedAuthProfile = new SimpleStringProperty("");
    private final ObservableList<String> profileChoices = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyStringWrapper selectedAuthProfile = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList(VariableRow.EXTRACTOR);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private Supplier<List<String>> usedVariables = List::of;
    private String editing = SANDBOX;

    public EnvironmentsViewModel(Supplier<WorkspaceStore> store, Map<String, String> sandbox, Executor worker, Executor fxThread) {
        this.writes = new StoreWrite(store, error::set, worker, fxThread);
        this.sandbox = Map.copyOf(sandbox);
        editedName.addListener((obs, old, now) -> error.set("")); // a refusal of the name no longer applies to a new one
        selected.addListener((obs, old, now) -> {
            if (now == null) { // a picker clearing itself while its items change; show() sets the choice again
                return;
            }
            if (!names.contains(now)) {
                selected.set(SANDBOX);
                return;
            }
            Environment environment = byName.get(now);
            selectedAuthProfile.set(environment == null ? "" : environment.authProfile());
        });
    }

    /** The workspace's environments as just loaded; a selection that no longer exists falls back to the sandbox. */
    public void show(List<Environment> environments) {
        byName.clear();
        environments.stream().filter(e -> !e.name().equalsIgnoreCase(SANDBOX)).forEach(e -> byName.put(e.name(), e));
        String keep = selected.get();
        List<String> all = new ArrayList<>(List.of(SANDBOX));
        all.addAll(byName.keySet());
        if (!names.equals(all)) {
            // Replacing the list clears a bound picker's value; after a Save the picker went blank (issue 17, item 10).
            selected.set(null);
            names.setAll(all);
        }
        selected.set(keep != null && names.contains(keep) ? keep : SANDBOX);
    }

    /** The selected environment's variables, secrets included, for {@code {{…}}} resolution. */
    public Map<String, String> values() {
        Environment environment = byName.get(selected.get());
        return environment == null ? sandbox : environment.values();
    }

    /** Every secret value held in memory, for the redactor of exports (they may not be in the store yet). */
    public List<String> secretValues() {
        return byName.values().stream().flatMap(e -> e.variables().stream())
                .filter(v -> v.secret() && !v.value().isEmpty()).map(EnvironmentVariable::value).toList();
    }

    /** Starts editing an environment: its name and rows (the sandbox's rows are shown, read-only). */
    public void edit(String name) {
        error.set("");
        editing = name;
        editedName.set(name);
        Environment environment = byName.get(name);
        editable.set(environment != null);
        editedAuthProfile.set(environment == null ? "" : environment.authProfile());
        if (environment == null) {
            editing = SANDBOX;
            editedName.set(SANDBOX);
            rows.setAll(sandbox.entrySet().stream().map(e -> new VariableRow(e.getKey(), e.getValue(), false)).toList());
            return;
        }
        rows.setAll(environment.variables().stream().map(v -> new VariableRow(v.name(), v.value(), v.secret())).toList());
        missing.setAll(usedVariables.get().stream().filter(n -> environment.variables().stream().noneMatch(v -> v.name().equals(n))).toList());
    }

    /** The variables the request being edited uses (an imported command's), so the editor can offer the missing ones. */
    public void watchRequest(Supplier<List<String>> used) {
        usedVariables = used;
    }

    /** Adds the variables the request uses and this environment lacks, as secret rows to fill in, then Save. */
    public void addMissingAsSecrets() {
        missing.forEach(name -> rows.add(new VariableRow(name, "", true)));
        missing.clear();
    }

    /**
     * Keeps a credential moved out of an imported request as a secret variable of the selected environment (of
     * {@value #IMPORTED} when the built-in sandbox is selected), and saves it.
     */
    public CompletableFuture<Boolean> keepSecret(String name, String value) {
        Environment current = byName.containsKey(selected.get()) ? byName.get(selected.get()) : byName.get(IMPORTED);
        Environment updated = (current == null ? new Environment(IMPORTED, List.of()) : current)
                .withVariable(new EnvironmentVariable(name, value, true));
        String target = updated.name();
        return writes.run(s -> s.saveEnvironment(updated, current == null ? null : target), () -> {
            byName.put(target, updated);
            show(List.copyOf(byName.values()));
            selected.set(target);
        });
    }

    /** Variables the request uses that the environment being edited lacks. */
    public ObservableList<String> missingVariables() {
        return missing;
    }

    public void addRow() {
        rows.add(new VariableRow("", "", false));
    }

    /** Saves the edited environment (and a new name); false with a message when refused. */
    public CompletableFuture<Boolean> saveEdited() {
        if (!editable.get()) {
            return refuse("The sandbox environment is built in; make a new environment to define your own variables.");
        }
        String previous = editing;
        Environment edited = new Environment(editedName.get(), rows.stream().filter(r -> !r.getName().isBlank())
                .map(r -> new EnvironmentVariable(r.getName(), r.getValue(), r.isSecret())).toList(), editedAuthProfile.get());
        if (edited.name().equalsIgnoreCase(SANDBOX)) {
            return refuse(SANDBOX_TAKEN);
        }
        return writes.run(s -> s.saveEnvironment(edited, previous), () -> {
            byName.remove(previous);
            byName.put(edited.name(), edited);
            boolean wasSelected = previous.equals(selected.get());
            show(List.copyOf(byName.values()));
            if (wasSelected) {
                selected.set(edited.name());
                selectedAuthProfile.set(edited.authProfile());
            }
            editing = edited.name();
        });
    }

    /**
     * Creates an empty environment and opens it in the editor; the active environment stays as it was, so the next
     * send does not silently go to a new Prod.
     */
    public CompletableFuture<Boolean> create(String name) {
        Environment fresh = new Environment(name, List.of());
        if (fresh.name().isEmpty() || fresh.name().equalsIgnoreCase(SANDBOX)) {
            return refuse(fresh.name().isEmpty() ? "Give the environment a name." : SANDBOX_TAKEN);
        }
        return writes.run(s -> s.saveEnvironment(fresh, null), () -> {
            byName.put(fresh.name(), fresh);
            show(List.copyOf(byName.values()));
            edit(fresh.name());
        });
    }

    /** Moves the environment being edited to the workspace's trash (its secrets leave the credential store). */
    public CompletableFuture<Boolean> deleteEdited() {
        if (!editable.get()) {
            return refuse("The sandbox environment is built in and cannot be deleted.");
        }
        String name = editing;
        return writes.run(s -> s.deleteEnvironment(name), () -> {
            byName.remove(name);
            show(List.copyOf(byName.values()));
            edit(selected.get());
        });
    }

    private CompletableFuture<Boolean> refuse(String why) {
        error.set(why);
        return CompletableFuture.completedFuture(false);
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    /** The profile names an environment may choose ("" first: keep each request's own), as the auth picker offers them. */
    public void offerProfiles(List<String> names) {
        profileChoices.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(""), names.stream()).toList());
    }

    public ObservableList<String> profileChoices() {
        return profileChoices;
    }

    /** The profile the edited environment chooses for its requests; empty keeps each request's own. */
    public StringProperty editedAuthProfileProperty() {
        return editedAuthProfile;
    }

    /** The credential profile the chosen environment asks for (by name), or empty; the editor switches to it. */
    public javafx.beans.property.ReadOnlyStringProperty selectedAuthProfileProperty() {
        return selectedAuthProfile.getReadOnlyProperty();
    }

    public StringProperty editedNameProperty() {
        return editedName;
    }

    public ObservableList<VariableRow> rows() {
        return rows;
    }

    /** False for the built-in sandbox environment. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
