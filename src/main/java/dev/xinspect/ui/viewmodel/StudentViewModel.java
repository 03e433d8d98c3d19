package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.workshop.ExpectationChecker;
import dev.xinspect.core.workshop.ExpectationResult;
import dev.xinspect.core.workshop.ProgressStore;
import dev.xinspect.core.workshop.SavedRequestResolver;
import dev.xinspect.core.workshop.StepRequest;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopProgress;
import dev.xinspect.core.workshop.WorkshopStep;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Student mode: one workshop at a time, its current step, <em>Start step</em> (prepares the request and the sandbox
 * scenario), checking each exchange the student sends after that against the step's expectations, hints one at a
 * time, and progress kept in the {@link ProgressStore} so a restart resumes where the student was. A step that passes
 * moves the saved progress on; <em>Next step</em> shows it.
 */
public final class StudentViewModel {
    private final ProgressStore progress;
    private final ExpectationChecker checker;
    private final RequestViewModel request;
    private final WorkshopViewModel scenarios;
    private final Executor worker;
    private final Executor fxThread;

    private final ObservableList<WorkshopLibrary.Entry> workshops = FXCollections.observableArrayList();
    private final ObjectProperty<WorkshopLibrary.Entry> workshop = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WorkshopStep> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRevealHint = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<ExpectationResult> results = FXCollections.observableArrayList();
    private WorkshopProgress current = WorkshopProgress.START;

    public StudentViewModel(WorkshopLibrary library, ProgressStore progress, ExpectationChecker checker, RequestViewModel request,
                            WorkshopViewModel scenarios, ObservableValue<Exchange> latestExchange, Executor worker, Executor fxThread) {
        this.progress = progress;
        this.checker = checker;
        this.request = request;
        this.scenarios = scenarios;
        this.worker = worker;
        this.fxThread = fxThread;
        workshop.addListener((obs, old, now) -> open(now));
        latestExchange.addListener((obs, old, now) -> {
            if (now != null && now != old) {
                check(now);
            }
        });
        CompletableFuture.supplyAsync(library::list, worker).thenAcceptAsync(listing -> {
            workshops.setAll(listing.entries());
            if (!listing.problems().isEmpty()) {
                message.set(String.join(" ", listing.problems()));
            }
        }, fxThread);
    }

    /** Starts the current step: the request goes into the editor with its sandbox identity, the scenario is switched. */
    public void startStep() {
        WorkshopStep now = step.get();
        WorkshopLibrary.Entry entry = workshop.get();
        if (now == null || entry == null) {
            return;
        }
        SavedRequestResolver resolver = entry.resolver();
        CompletableFuture.supplyAsync(() -> {
            try {
                return resolver.resolve(now.request());
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, worker).whenCompleteAsync((prepared, failure) -> {
            if (failure != null) {
                message.set(FailureText.reason(failure)); // the resolver's own sentences, never a class name
                return;
            }
            request.load(prepared.method(), prepared.url(), prepared.headers(), prepared.body());
            chooseAuth(prepared);
            scenarios.scenarios().stream().filter(s -> s.name().equals(now.scenario())).findFirst()
                    .ifPresent(scenarios.selectedProperty()::set);
            results.clear();
            started.set(true);
            message.set("Step started: press Send, then read the checks below.");
        }, fxThread);
    }

    /** Checks an exchange the student sent during a started step; opened files and pasted responses have no request. */
    public void check(Exchange exchange) {
        WorkshopStep now = step.get();
        if (!started.get() || now == null || exchange.sentRequest().isEmpty()) {
            return;
        }
        String name = workshop.get().workshop().name();
        int index = current.current();
        CompletableFuture.supplyAsync(() -> checker.check(now.expectations(), exchange), worker).thenAcceptAsync(checked -> {
            if (step.get() != now) {
                return; // the student moved on while the check ran
            }
            results.setAll(checked);
            if (ExpectationChecker.allHold(checked)) {
                passed.set(true);
                current = current.passing(index);
                message.set("✓ All checks pass.");
                save(name);
            } else {
                message.set("Not yet: read the ✗ lines, change the request and send again.");
            }
            updateCommands();
        }, fxThread);
    }

    public void revealHint() {
        WorkshopStep now = step.get();
        if (now != null && hints.size() < now.hints().size()) {
            hints.add(now.hints().get(hints.size()));
        }
        updateCommands();
    }

    public void nextStep() {
        if (canGoNext.get()) {
            goTo(current.current() + 1);
        }
    }

    public void previousStep() {
        if (current.current() > 0) {
            goTo(current.current() - 1);
        }
    }

    private void open(WorkshopLibrary.Entry entry) {
        if (entry == null) {
            step.set(null);
            return;
        }
        String name = entry.workshop().name();
        CompletableFuture.supplyAsync(() -> progress.of(name), worker).thenAcceptAsync(saved -> {
            current = saved;
            goTo(Math.min(saved.current(), entry.workshop().steps().size() - 1));
        }, fxThread);
    }

    private void goTo(int index) {
        List<WorkshopStep> steps = workshop.get().workshop().steps();
        current = current.at(index);
        step.set(steps.get(index));
        hints.clear();
        results.clear();
        started.set(false);
        passed.set(current.passed().contains(index));
        position.set("Step " + (index + 1) + " of " + steps.size() + " · " + current.passed().size() + " passed");
        message.set(passed.get() ? "You passed this step before; start it again to practise." : "");
        save(workshop.get().workshop().name());
        updateCommands();
    }

    private void updateCommands() {
        WorkshopStep now = step.get();
        int size = workshop.get() == null ? 0 : workshop.get().workshop().steps().size();
        canRevealHint.set(now != null && hints.size() < now.hints().size());
        canGoNext.set(now != null && current.current() + 1 < size && current.passed().contains(current.current()));
        position.set(now == null ? "" : "Step " + (current.current() + 1) + " of " + size + " · " + current.passed().size() + " passed");
    }

    private void save(String name) {
        WorkshopProgress snapshot = current;
        CompletableFuture.runAsync(() -> {
            try {
                progress.save(name, snapshot);
            } catch (IOException e) {
                fxThread.execute(() -> message.set("Progress could not be saved (" + e.getMessage() + "); it is kept until you close the app."));
            }
        }, worker);
    }

    private void chooseAuth(StepRequest prepared) {
        switch (prepared.auth()) {
            case NONE -> request.authOptions().stream().filter(AuthOption::isNone).findFirst().ifPresent(request.authProperty()::set);
            case APP_ONLY -> request.chooseAuth(SandboxProfileBook.APP_ONLY);
            case OAUTH1_USER -> request.chooseAuth(SandboxProfileBook.OAUTH1_USER);
            case OAUTH2_USER -> request.chooseAuth(SandboxProfileBook.OAUTH2_USER);
        }
    }

    public ObservableList<WorkshopLibrary.Entry> workshops() {
        return workshops;
    }

    public ObjectProperty<WorkshopLibrary.Entry> workshopProperty() {
        return workshop;
    }

    public ReadOnlyObjectProperty<WorkshopStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevealHintProperty() {
        return canRevealHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<String> hints() {
        return hints;
    }

    public ObservableList<ExpectationResult> results() {
        return results;
    }
}
