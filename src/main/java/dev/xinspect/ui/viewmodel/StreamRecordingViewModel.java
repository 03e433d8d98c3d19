package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.storage.FileFailure;
import dev.xinspect.core.stream.NdjsonRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saving the stream to NDJSON while it is live: Posts as received, one per line. Opening and closing the file run on
 * the worker, writing on the recorder's own thread; {@link #record} is called from the stream's processing thread
 * and only queues.
 */
public final class StreamRecordingViewModel {
    private final UnaryOperator<String> redaction;
    private final Executor worker;
    private final Executor fxThread;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private volatile NdjsonRecorder recorder;

    /** @param redaction what each Post line becomes before it is saved ({@code Redactor::redactText}) */
    public StreamRecordingViewModel(UnaryOperator<String> redaction, Executor worker, Executor fxThread) {
        this.redaction = redaction;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Starts recording to {@code file} (created or replaced). */
    public CompletableFuture<Void> start(Path file) {
        stop();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return NdjsonRecorder.start(file, 100_000, redaction);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker).handleAsync((started, failure) -> {
            if (failure != null) {
                status.set("Not saving: " + (failure.getCause() instanceof UncheckedIOException io
                        ? FileFailure.reason(io.getCause()) : FailureText.reason(failure)) + ".");
            } else {
                recorder = started;
                saving.set(true);
                refresh();
            }
            return null;
        }, fxThread);
    }

    public void stop() {
        NdjsonRecorder open = recorder;
        if (open != null) {
            recorder = null;
            saving.set(false);
            CompletableFuture.runAsync(open::close, worker).thenRunAsync(() -> status.set("Saved " + open.written() + " Posts to "
                    + open.file().getFileName() + (open.skipped() > 0 ? "; " + open.skipped() + " could not be saved" : "")
                    + (open.failure().isEmpty() ? "." : ". " + open.failure())), fxThread);
        }
    }

    /** From the stream's processing thread: queues one Post line. */
    void record(String post) {
        NdjsonRecorder open = recorder;
        if (open != null) {
            open.record(post);
        }
    }

    /** Updates the line "Saving to …: 120 Posts"; on the FX thread. */
    void refresh() {
        NdjsonRecorder open = recorder;
        if (open != null) {
            status.set(open.failure().isEmpty() ? "Saving to " + open.file().getFileName() + ": " + open.written() + " Posts"
                    + (open.skipped() > 0 ? ", " + open.skipped() + " could not be saved" : "") : open.failure());
        }
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
