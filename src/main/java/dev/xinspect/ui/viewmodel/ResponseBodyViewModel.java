package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.format.BodyLines;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.ReceivedResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The body of the response on screen, held once: the response's bytes, and for JSON the formatted bytes, each with a
 * line index ({@link BodyLines}); a view decodes only the lines it shows. Checking, formatting and indexing run on
 * the worker, so the FX thread only receives finished indexes. Bodies above {@link #GATE_BYTES} wait behind a gate
 * until the user asks for them. The Raw tab's rows (the body's own bytes, cut every {@link #RAW_ROW_BYTES}) are
 * indexed only while it shows.
 */
public final class ResponseBodyViewModel {
    public static final int GATE_BYTES = 2 * 1024 * 1024;
    /**
     * Raw shows every character as it came, in rows of at most this many bytes: a TextArea laid out a 10 MB minified
     * line whole (the window froze for 15 to 33 s); a list of rows never does.
     */
    public static final int RAW_ROW_BYTES = 1_000;

    private final JsonPrettyPrinter printer;
    private final Executor worker;
    private final Executor fxThread;
    private final BodySearchViewModel search;
    private final BooleanProperty rawShown = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<BodyLines> pretty = new ReadOnlyObjectWrapper<>(BodyLines.EMPTY);
    private final ReadOnlyBooleanWrapper prettyIsJson = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<BodyLines> raw = new ReadOnlyObjectWrapper<>(BodyLines.EMPTY);
    private final ReadOnlyBooleanWrapper gated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper gateMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper formatting = new ReadOnlyBooleanWrapper();
    private ReceivedResponse response;
    /** The text body on screen, once formatted: its Raw rows can be indexed again whenever Raw shows. */
    private ReceivedResponse shownText;
    private long generation;

    public ResponseBodyViewModel(JsonPrettyPrinter printer, Executor worker, Executor fxThread) {
        this.printer = printer;
        this.worker = worker;
        this.fxThread = fxThread;
        this.search = new BodySearchViewModel(worker, fxThread);
        rawShown.addListener((obs, old, shown) -> showRaw());
    }

    /** Shows a response's body: a message for a binary one, the gate for a large one, else the body formatted. */
    public void show(ReceivedResponse shown) {
        long current = start(shown);
        if (shown.body().size() <= GATE_BYTES) {
            format(shown);
            return;
        }
        // Checking 100 MB for valid UTF-8 takes long enough to stall the window: it runs on the worker.
        CompletableFuture.supplyAsync(shown.body()::isText, worker).thenAcceptAsync(text -> {
            if (current != generation) {
                return;
            }
            if (!text) {
                binary(shown);
            } else {
                gated.set(true);
                gateMessage.set("This body is " + Sizes.describe(shown.body().size()) + ". Showing it may take a moment.");
            }
        }, fxThread);
    }

    private void binary(ReceivedResponse shown) {
        message("The body is binary or not valid UTF-8 (" + Sizes.describe(shown.body().size())
                + "). Save it to a file to look at it.", "");
    }

    /** Shows no body, or a message in its place (no response came): {@code detail} shows in Raw only. */
    public void showMessage(String message, String detail) {
        start(null);
        message(message, detail);
    }

    private void message(String message, String detail) {
        setPretty(linesOf(message), false);
        // Java's own words stay out of the sentence; Raw keeps them, labelled, for a bug report.
        raw.set(linesOf(message + (detail.isBlank() ? "" : "\n\nWhat Java reported (for a bug report): " + detail)));
    }

    /**
     * No message is {@link BodyLines#EMPTY} itself, so the next body's {@link #start} changes nothing on screen: an
     * empty list of lines of its own made the views lay out an empty body once more as every response opened.
     */
    private static BodyLines linesOf(String text) {
        return text.isEmpty() ? BodyLines.EMPTY : BodyLines.of(text);
    }

    private long start(ReceivedResponse shown) {
        generation++;
        response = shown;
        shownText = null;
        gated.set(false);
        formatting.set(false);
        setPretty(BodyLines.EMPTY, false);
        raw.set(BodyLines.EMPTY);
        return generation;
    }

    /** Lifts the gate of a large body and formats it. */
    public void showAnyway() {
        if (response != null && gated.get()) {
            gated.set(false);
            format(response);
        }
    }

    /**
     * Checks the body is text, then formats and indexes it, in one task on the worker: for a body under the gate,
     * queued as the response shows, ahead of the diagnosis, so the body does not wait for the diagnosis's parse. The
     * FX thread only receives the lines: the first screen of a large body as soon as it is formatted
     * ({@link #formattingProperty()} still true), then the whole.
     */
    private void format(ReceivedResponse shown) {
        long current = generation;
        formatting.set(true);
        Consumer<BodyLines> firstScreen = first -> fxThread.execute(() -> {
            if (current == generation && formatting.get()) {
                setPretty(first, true); // the first screen, while the rest is formatted
            }
        });
        CompletableFuture.supplyAsync(() -> shown.body().isText() ? printer.formatUtf8(shown.body(), firstScreen) : null,
                worker).thenAcceptAsync(done -> {
            if (current != generation) {
                return;
            }
            formatting.set(false);
            if (done == null) {
                binary(shown);
            } else {
                shownText = shown;
                setPretty(done.lines(), done.json());
                showRaw();
            }
        }, fxThread);
    }

    private void setPretty(BodyLines lines, boolean json) {
        prettyIsJson.set(json);
        pretty.set(lines);
        search.setLines(lines);
    }

    /** Raw's rows are indexed on the worker when the tab shows and dropped when another does. */
    private void showRaw() {
        if (shownText == null) {
            return;
        }
        if (!rawShown.get()) {
            raw.set(BodyLines.EMPTY);
        } else if (raw.get().isEmpty()) {
            long current = generation;
            ReceivedResponse shown = shownText;
            CompletableFuture.supplyAsync(() -> BodyLines.wrapped(shown.body(), RAW_ROW_BYTES), worker).thenAcceptAsync(rows -> {
                if (current == generation && rawShown.get()) {
                    raw.set(rows);
                }
            }, fxThread);
        }
    }

    /** Writes the body's bytes as they came. */
    public void saveBody(Path file) throws IOException {
        if (response != null) {
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                response.body().writeTo(out); // slice by slice: no copy of a 100 MB body in one array
            }
        }
    }

    /** Whether the Raw tab is on screen: its rows are held only while it is. */
    public BooleanProperty rawShownProperty() {
        return rawShown;
    }

    /** Find in the body shown in the Pretty tab. */
    public BodySearchViewModel search() {
        return search;
    }

    /** The Pretty tab's lines: the body formatted, as it came when it is not JSON, or a message in its place. */
    public ReadOnlyObjectProperty<BodyLines> prettyProperty() {
        return pretty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty prettyIsJsonProperty() {
        return prettyIsJson.getReadOnlyProperty();
    }

    /** The Raw tab's rows: empty while another tab shows. */
    public ReadOnlyObjectProperty<BodyLines> rawProperty() {
        return raw.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty gatedProperty() {
        return gated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gateMessageProperty() {
        return gateMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty formattingProperty() {
        return formatting.getReadOnlyProperty();
    }
}
