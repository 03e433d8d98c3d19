package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.workshop.Expectation;
import dev.xinspect.core.workshop.WorkshopStep;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One step of a workshop being authored: its title, instructions, scenario and what to find out, its hints in the
 * order they are revealed, and its expectations. Every edit rebuilds the step and hands it to the owner at once, so
 * the step list, the preview and a save always agree with what the fields show.
 */
public final class StepEditorViewModel {
    private final Consumer<WorkshopStep> edited;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty instructions = new SimpleStringProperty("");
    private final StringProperty findOut = new SimpleStringProperty("");
    private final StringProperty scenario = new SimpleStringProperty("");
    private final StringProperty newHint = new SimpleStringProperty("");
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<Expectation> expectations = FXCollections.observableArrayList();
    private final ExpectationDraftViewModel expectationDraft = new ExpectationDraftViewModel();
    private WorkshopStep step;
    private boolean showing;

    /** @param edited receives the rebuilt step after every edit (never while a step is being shown) */
    public StepEditorViewModel(Consumer<WorkshopStep> edited) {
        this.edited = edited;
        title.addListener((obs, old, now) -> edit(s -> s.withTitle(now)));
        instructions.addListener((obs, old, now) -> edit(s -> s.withInstructions(now)));
        findOut.addListener((obs, old, now) -> edit(s -> s.withFindOut(now)));
        scenario.addListener((obs, old, now) -> edit(s -> s.withScenario(now)));
        hints.addListener((ListChangeListener<String>) change -> edit(s -> s.withHints(List.copyOf(hints))));
        expectations.addListener((ListChangeListener<Expectation>) change -> edit(s -> s.withExpectations(List.copyOf(expectations))));
    }

    /** Shows {@code shown} in the fields without counting it as an edit; null empties them. */
    public void show(WorkshopStep shown) {
        showing = true;
        step = shown;
        title.set(shown == null ? "" : shown.title());
        instructions.set(shown == null ? "" : shown.instructions());
        findOut.set(shown == null ? "" : shown.findOut());
        scenario.set(shown == null ? "" : shown.scenario());
        hints.setAll(shown == null ? List.of() : shown.hints());
        expectations.setAll(shown == null ? List.of() : shown.expectations());
        newHint.set("");
        showing = false;
    }

    /** Adds the typed hint after the others (hints are revealed in order); a blank one is not added. */
    public void addHint() {
        String text = newHint.get() == null ? "" : newHint.get().strip();
        if (step != null && !text.isEmpty()) {
            hints.add(text);
            newHint.set("");
        }
    }

    public void removeHint(int index) {
        if (index >= 0 && index < hints.size()) {
            hints.remove(index);
        }
    }

    /** Adds what the expectation form describes; when it is incomplete the form says why and nothing is added. */
    public void addExpectation() {
        if (step != null) {
            expectationDraft.take().ifPresent(expectations::add);
        }
    }

    public void removeExpectation(int index) {
        if (index >= 0 && index < expectations.size()) {
            expectations.remove(index);
        }
    }

    /** Takes an expectation out of the step into the form, to be changed and added again. */
    public void editExpectation(int index) {
        if (index >= 0 && index < expectations.size()) {
            expectationDraft.load(expectations.remove(index));
        }
    }

    private void edit(UnaryOperator<WorkshopStep> change) {
        if (!showing && step != null) {
            step = change.apply(step);
            edited.accept(step);
        }
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty instructionsProperty() {
        return instructions;
    }

    public StringProperty findOutProperty() {
        return findOut;
    }

    /** The sandbox scenario the step plays. */
    public StringProperty scenarioProperty() {
        return scenario;
    }

    /** The hint being typed, added by {@link #addHint}. */
    public StringProperty newHintProperty() {
        return newHint;
    }

    public ObservableList<String> hints() {
        return hints;
    }

    public ObservableList<Expectation> expectations() {
        return expectations;
    }

    public ExpectationDraftViewModel expectationDraft() {
        return expectationDraft;
    }
}
