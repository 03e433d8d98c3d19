package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.report.ForumPostDrafter;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.report.TakenStep;
import java.util.Optional;
import java.util.function.Consumer;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.BodyFile;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.http.UnreadableInputException;
import dev.xinspect.core.storage.FileFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * Opening or pasting a response (curl -i text, HAR, exchange JSON): reads it off the FX thread, lists the entries,
 * and shows the selected one in the response and diagnosis view models. A failure is one plain sentence in
 * {@link #errorProperty()}; the pasted text stays in {@link #pasteTextProperty()} so nothing typed is lost.
 */
public final class InspectorViewModel {
    private final ExchangeReader reader;
    private final ResponseViewModel response;
    private final DiagnosisViewModel diagnosis;
    private final ForumPostDrafter drafter;
    private final Redactor redactor;
    private final Executor worker;
    private final Executor fxThread;

    private final ReadOnlyListWrapper<Exchange> entries = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<Exchange> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final StringProperty pasteText = new SimpleStringProperty("");

    public InspectorViewModel(ExchangeReader reader, ResponseViewModel response, DiagnosisViewModel diagnosis,
                              ForumPostDrafter drafter, Redactor redactor, Executor worker, Executor fxThread) {
        this.reader = reader;
        this.drafter = drafter;
        this.redactor = redactor;
        this.response = response;
        this.diagnosis = diagnosis;
        this.worker = worker;
        this.fxThread = fxThread;
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                response.show(now);
                diagnosis.show(now);
            }
        });
    }

    /** Reads the text in {@link #pasteTextProperty()}; it stays there whether or not it could be read. */
    public CompletableFuture<Boolean> paste() {
        String text = pasteText.get();
        return load(() -> reader.read(text), "pasted response");
    }

    public CompletableFuture<Boolean> open(Path file) {
        return load(() -> reader.read(readFile(file)), file.getFileName().toString());
    }

    /** Shows an exchange that came from elsewhere (a request just sent, a history entry). */
    public void showExchange(Exchange exchange, String label) {
        error.set("");
        source.set(label);
        entries.setAll(List.of(exchange));
        selected.set(null);
        selected.set(exchange);
    }

    /** Shows no response and no diagnosis (a request tab not sent yet). */
    public void clear() {
        error.set("");
        source.set("");
        entries.clear();
        selected.set(null);
        response.clear();
        diagnosis.clear();
    }

    private CompletableFuture<Boolean> load(ReadTask task, String label) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.read();
            } catch (UnreadableInputException e) {
                throw new CompletionException(e);
            }
        }, worker).handleAsync((exchanges, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                error.set(cause instanceof UnreadableInputException ? cause.getMessage()
                        : "Could not read " + label + ": " + FailureText.reason(cause) + ".");
                return false;
            }
            error.set("");
            source.set(label);
            entries.setAll(exchanges);
            selected.set(null);
            selected.set(exchanges.get(0));
            return true;
        }, fxThread);
    }

    /** The file in slices of a few megabytes, never one file-sized array (see {@link BodyFile}). */
    private static Body readFile(Path file) throws UnreadableInputException {
        try {
            return BodyFile.read(file);
        } catch (IOException e) {
            throw new UnreadableInputException("Could not read " + file.getFileName() + ": "
                    + FileFailure.reason(e));
        }
    }

    /** A short label for an entry: method and URL when the request is known, then the status. */
    public static String label(Exchange exchange) {
        String request = exchange.sentRequest().map(r -> r.method() + " " + pathFirst(r.url())).orElse("Response");
        return exchange.receivedResponse().map(r -> r.status() + "  " + request).orElse("—  " + request);
    }

    /** The path and query first, the host last ("/2/users/me · 127.0.0.1:38411"): the path is what tells requests apart. */
    private static String pathFirst(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getRawAuthority() == null || uri.getRawPath() == null) {
                return url;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + "  · " + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** A forum post editor for the exchange on screen, listing the checklist items ticked so far. */
    public Optional<ForumPostViewModel> draftForumPost(Consumer<String> clipboard) {
        Exchange shown = selected.get();
        Diagnosis diagnosed = diagnosis.diagnosisProperty().get();
        if (shown == null || diagnosed == null) {
            return Optional.empty();
        }
        List<TakenStep> steps = diagnosis.tickedItems().stream()
                .map(item -> new TakenStep(item.checklistId(), item.item().text())).toList();
        return Optional.of(new ForumPostViewModel(drafter, redactor, shown, diagnosed, steps, clipboard));
    }

    /** Shows a plain-language problem in the window's banner. */
    public void reportProblem(String message) {
        error.set(message);
    }

    public void dismissError() {
        error.set("");
    }

    public ReadOnlyListProperty<Exchange> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ObjectProperty<Exchange> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public StringProperty pasteTextProperty() {
        return pasteText;
    }

    public ResponseViewModel response() {
        return response;
    }

    public DiagnosisViewModel diagnosis() {
        return diagnosis;
    }

    @FunctionalInterface
    private interface ReadTask {
        List<Exchange> read() throws UnreadableInputException;
    }
}
