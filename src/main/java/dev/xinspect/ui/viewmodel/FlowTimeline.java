package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.profile.FlowStep;
import dev.xinspect.core.format.HttpText;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.report.Redactor;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The handshake timeline: each step of a sign-in, mint or refresh, its HTTP call redacted before it is kept. */
final class FlowTimeline {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Redactor redactor;
    private final Executor fxThread;
    private final ObservableList<FlowStepItem> steps = FXCollections.observableArrayList();

    FlowTimeline(Redactor redactor, Executor fxThread) {
        this.redactor = redactor;
        this.fxThread = fxThread;
    }

    /** Redacts on the calling (worker) thread, appends on the FX thread. */
    Consumer<FlowStep> sink() {
        return step -> {
            Exchange call = step.call().map(redactor::redact).orElse(null);
            FlowStepItem item = new FlowStepItem(TIME.format(step.at()), step.title(), redactor.redactText(step.detail()),
                    call == null ? "" : HttpText.exchange(call), call);
            fxThread.execute(() -> steps.add(item));
        };
    }

    ObservableList<FlowStepItem> steps() {
        return steps;
    }
}
