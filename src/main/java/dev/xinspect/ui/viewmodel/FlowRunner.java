package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.profile.FlowStep;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the Auth tab's flows on the worker and owns the message and error lines they share. A flow's end writes the
 * lines only while no newer flow started and nothing was forgotten since: "Done." after switching profile spoke about
 * the other profile (issue 17, item 12). Failures read as sentences, never as Java class names.
 */
final class FlowRunner {
    /** A flow on the worker; it may finish later (a browser sign-in completes when the redirect arrives). */
    @FunctionalInterface
    interface Flow {
        CompletableFuture<?> start(AuthOption option, Consumer<FlowStep> sink);
    }

    private final Supplier<AuthOption> selected;
    private final Supplier<Consumer<FlowStep>> sink;
    private final Executor worker;
    private final Executor fxThread;
    private final Runnable afterFlow;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Counts started and forgotten flows: a flow's late result only shows while nothing newer has started. */
    private long generation;

    /** @param afterFlow runs on the FX thread after every flow, current or not (the profile may have changed) */
    FlowRunner(Supplier<AuthOption> selected, Supplier<Consumer<FlowStep>> sink, Executor worker, Executor fxThread,
               Runnable afterFlow) {
        this.selected = selected;
        this.sink = sink;
        this.worker = worker;
        this.fxThread = fxThread;
        this.afterFlow = afterFlow;
    }

    /** A flow that is done when its work returns. */
    static Flow sync(BiConsumer<AuthOption, Consumer<FlowStep>> work) {
        return (option, sink) -> {
            work.accept(option, sink);
            return CompletableFuture.completedFuture(null);
        };
    }

    /** Runs {@code flow} over the selected profile; the message line says {@code startMessage}, then "Done." or nothing. */
    CompletableFuture<Void> run(String startMessage, Flow flow) {
        AuthOption option = selected.get();
        if (option == null || option.isNone()) {
            error.set("Choose a profile first.");
            return CompletableFuture.completedFuture(null);
        }
        long mine = ++generation;
        error.set("");
        message.set(startMessage);
        busy.set(true);
        Consumer<FlowStep> steps = sink.get();
        return CompletableFuture.supplyAsync(() -> flow.start(option, steps), worker).thenCompose(started -> started)
                .handleAsync((ignored, failure) -> {
                    if (mine == generation) {
                        busy.set(false);
                        message.set(failure == null ? "Done." : "");
                        error.set(failure == null ? "" : AuthViewModel.messageOf(failure));
                    }
                    afterFlow.run();
                    return null;
                }, fxThread);
    }

    /** Whatever runs now no longer speaks: its lines are cleared and its late end writes nothing. */
    void forget() {
        generation++;
        busy.set(false);
        message.set("");
        error.set("");
    }

    /** The flow waits for the user (a redirect, a PIN), which is not working: its buttons stay usable. */
    void waiting() {
        busy.set(false);
    }

    void say(String text) {
        message.set(text);
    }

    void report(String problem) {
        error.set(problem);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
