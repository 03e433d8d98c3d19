package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.report.AuthPlaceholder;
import dev.xinspect.core.report.CurlExporter;
import dev.xinspect.core.report.HarExporter;
import dev.xinspect.core.report.GoNetHttpExporter;
import dev.xinspect.core.report.HttpieExporter;
import dev.xinspect.core.report.JavaHttpClientExporter;
import dev.xinspect.core.report.JavaScriptFetchExporter;
import dev.xinspect.core.report.PythonRequestsExporter;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.report.XurlExporter;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Exports: the editor's request as a curl, HTTPie or xurl command or as Python, JavaScript, Java or Go code (variables
 * resolved, the credential as a shell or environment variable or xurl's {@code --auth}, everything through the
 * {@link Redactor}), and history exchanges as a HAR 1.2 file written atomically where the view chose. The redactor
 * comes fresh for every export, so it knows the secrets saved a moment ago.
 */
public final class ExportViewModel {
    /** The command-line tools a request can be exported for. */
    public enum Format {
        CURL("curl"), HTTPIE("HTTPie"), XURL("xurl"), PYTHON("Python (requests)"), JAVASCRIPT("JavaScript (fetch)"),
        JAVA("Java (HttpClient)"), GO("Go (net/http)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final RequestViewModel request;
    private final Supplier<Redactor> redactor;
    private final Executor worker;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ExportViewModel(RequestViewModel request, Supplier<Redactor> redactor, Executor worker, Executor fxThread) {
        this.request = request;
        this.redactor = redactor;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** The editor's request as a command for {@code format}; empty with a message when it cannot be built. */
    public Optional<String> command(Format format) {
        SentRequest built;
        List<dev.xinspect.core.http.FormPart> parts;
        try {
            built = request.resolved();
            parts = request.resolvedParts();
        } catch (Variables.UnknownVariableException | IllegalStateException e) {
            message.set("Not exported: " + e.getMessage());
            return Optional.empty();
        }
        if (java.util.EnumSet.range(Format.PYTHON, Format.GO).contains(format) && !parts.isEmpty()) {
            message.set("Not exported: the code exports do not write multipart bodies yet; copy it as curl or HTTPie.");
            return Optional.empty();
        }
        AuthMode mode = request.authProperty().get() == null ? AuthMode.NONE : request.authProperty().get().mode();
        Redactor current = redactor.get();
        String text = switch (format) {
            case CURL -> new CurlExporter(current).export(AuthPlaceholder.add(built, mode), parts);
            case HTTPIE -> new HttpieExporter(current).export(AuthPlaceholder.add(built, mode), parts);
            case XURL -> new XurlExporter(current).export(built, mode, parts);
            case PYTHON -> new PythonRequestsExporter(current).export(AuthPlaceholder.add(built, mode));
            case JAVASCRIPT -> new JavaScriptFetchExporter(current).export(AuthPlaceholder.add(built, mode));
            case JAVA -> new JavaHttpClientExporter(current).export(AuthPlaceholder.add(built, mode));
            case GO -> new GoNetHttpExporter(current).export(AuthPlaceholder.add(built, mode));
        };
        message.set("");
        return Optional.of(text);
    }

    /** Writes the exchanges as one HAR 1.2 file; the message says how many went where, or why not. */
    public CompletableFuture<Boolean> exportHar(List<Exchange> exchanges, Path file) {
        if (exchanges.isEmpty()) {
            message.set("Select the history entries to export first.");
            return CompletableFuture.completedFuture(false);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                AtomicFile.write(file, new HarExporter(redactor.get()).export(exchanges));
                return "";
            } catch (IOException e) {
                return "The HAR file was not written: " + StorageException.of(e, file.toAbsolutePath().getParent()).getMessage();
            }
        }, worker).thenApplyAsync(failure -> {
            message.set(failure.isEmpty() ? "Exported " + exchanges.size() + (exchanges.size() == 1 ? " exchange" : " exchanges")
                    + " to " + file.getFileName() + " (redacted)." : failure);
            return failure.isEmpty();
        }, fxThread);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
