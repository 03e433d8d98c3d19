package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.workshop.Expectation;
import dev.xinspect.core.workshop.ExpectationKind;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form that adds an expectation to a step: a kind, one or two typed values, and the one sentence that says what
 * is wrong with them. The prompts follow the kind, so the author always sees what each field is for.
 */
public final class ExpectationDraftViewModel {
    private final ObjectProperty<ExpectationKind> kind = new SimpleObjectProperty<>(ExpectationKind.STATUS);
    private final StringProperty first = new SimpleStringProperty("");
    private final StringProperty second = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringBinding firstPrompt = Bindings.createStringBinding(() -> kind().firstPrompt(), kind);
    private final StringBinding secondPrompt = Bindings.createStringBinding(() -> kind().secondPrompt(), kind);
    private final BooleanBinding takesSecond = Bindings.createBooleanBinding(() -> kind().takesSecond(), kind);

    public ExpectationDraftViewModel() {
        kind.addListener((obs, old, now) -> problem.set(""));
        first.addListener((obs, old, now) -> problem.set(""));
        second.addListener((obs, old, now) -> problem.set(""));
    }

    /** The expectation the form describes, cleared for the next one; empty with {@link #problemProperty} saying why. */
    public Optional<Expectation> take() {
        try {
            Expectation made = kind().make(first.get(), second.get());
            first.set("");
            second.set("");
            return Optional.of(made);
        } catch (IllegalArgumentException wrong) {
            problem.set(wrong.getMessage());
            return Optional.empty();
        }
    }

    /** Fills the form with an existing expectation, to change it and add it again. */
    public void load(Expectation expectation) {
        ExpectationKind.Made made = ExpectationKind.of(expectation);
        kind.set(made.kind());
        first.set(made.first());
        second.set(made.second());
    }

    private ExpectationKind kind() {
        return kind.get() == null ? ExpectationKind.STATUS : kind.get();
    }

    public ObjectProperty<ExpectationKind> kindProperty() {
        return kind;
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    public StringBinding firstPromptProperty() {
        return firstPrompt;
    }

    public StringBinding secondPromptProperty() {
        return secondPrompt;
    }

    public BooleanBinding takesSecondProperty() {
        return takesSecond;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
