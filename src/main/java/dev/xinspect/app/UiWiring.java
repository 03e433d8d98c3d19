package dev.xinspect.app;

import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.ui.viewmodel.DiagnosisViewModel;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.ResponseViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Builds the view models over the core: one worker pool for core work, {@code Platform::runLater} back. */
public final class UiWiring implements AutoCloseable {
    private final CoreWiring core;
    private final ExecutorService worker = Executors.newFixedThreadPool(2, daemonThreads());

    public UiWiring(CoreWiring core) {
        this.core = core;
    }

    public InspectorViewModel inspector() {
        ResponseViewModel response = new ResponseViewModel(core.knowledgeBase(), new JsonPrettyPrinter(), worker, Platform::runLater);
        DiagnosisViewModel diagnosis = new DiagnosisViewModel(core.diagnoser(), core.rateLimitText(), worker, Platform::runLater);
        return new InspectorViewModel(core.exchangeReader(), response, diagnosis, core.forumPostDrafter(), core.redactor(),
                worker, Platform::runLater);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "xinspect-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
