package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.expansion.PostJoiner;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.Redactor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The response side of the window: status chip, size and timing, the redirects followed, the body pretty-printed
 * (off the FX thread) and raw, the headers, and the request as it was sent. Bodies above {@link #GATE_BYTES} wait behind a gate until the
 * user asks for them, so a 50 MB body never freezes the window.
 */
public final class ResponseViewModel {
    public static final int GATE_BYTES = 2 * 1024 * 1024;

    private final KnowledgeBase knowledge;
    private final Redactor redactor;
    private final BooleanProperty revealSecrets = new SimpleBooleanProperty();
    private final BooleanProperty presenterMode = new SimpleBooleanProperty();
    private final BooleanProperty rawShown = new SimpleBooleanProperty();
    private final JsonPrettyPrinter printer;
    private final Executor worker;
    private final Executor fxThread;

    private final ReadOnlyObjectWrapper<Exchange> exchange = new ReadOnlyObjectWrapper<>();
    private final JoinedPostsViewModel joined;
    private final BodySearchViewModel search;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redirectLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prettyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper prettyIsJson = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper rawText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper gated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper gateMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper formatting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyListWrapper<Header> headers = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private long generation;
    /** True once the body on screen was formatted: its raw text can be decoded again whenever Raw shows. */
    private boolean formatted;

    /** Colours the status chip: the class of the status, or NONE when there was no response. */
    public enum StatusKind { NONE, SUCCESS, REDIRECT, CLIENT_ERROR, SERVER_ERROR }

    public ResponseViewModel(KnowledgeBase knowledge, JsonPrettyPrinter printer, Redactor redactor, Executor worker,
                             Executor fxThread) {
        this.knowledge = knowledge;
        this.redactor = redactor;
        revealSecrets.addListener((obs, old, now) -> describeRequest());
        presenterMode.addListener((obs, old, now) -> {
            if (now) {
                revealSecrets.set(false);
            }
        });
        this.printer = printer;
        this.worker = worker;
        this.fxThread = fxThread;
        this.joined = new JoinedPostsViewModel(new PostJoiner(), worker, fxThread);
        this.search = new BodySearchViewModel(worker, fxThread);
        rawShown.addListener((obs, old, shown) -> showRaw());
    }

    /**
     * Whether the Raw tab is on screen. Its text, the body decoded once more (20 MB for a 10 MB body of Posts),
     * is held only while it is: it is decoded on the worker when the tab is shown and dropped when another is.
     */
    public BooleanProperty rawShownProperty() {
        return rawShown;
    }

    private void showRaw() {
        Exchange shown = exchange.get();
        if (!rawShown.get() || shown == null || shown.response() == null || gated.get() || formatting.get()
                || !prettyIsJson.get() && prettyText.get().startsWith("The body is binary")) {
            if (!rawShown.get() && formatted) {
                rawText.set("");
            }
            return;
        }
        if (formatted && rawText.get().isEmpty()) {
            long current = generation;
            ReceivedResponse response = shown.response();
            CompletableFuture.supplyAsync(() -> response.body().text(), worker).thenAcceptAsync(raw -> {
                if (current == generation && rawShown.get()) {
                    rawText.set(raw);
                }
            }, fxThread);
        }
    }

    /** Find in the body shown in the Pretty tab. */
    public BodySearchViewModel search() {
        return search;
    }

    /** The Joined tab: the answer's Posts with their includes. */
    public JoinedPostsViewModel joined() {
        return joined;
    }

    public void show(Exchange shown) {
        generation++;
        formatted = false;
        exchange.set(shown);
        joined.show(shown);
        redirectLine.set(redirectLine(shown));
        describeRequest();
        if (shown.response() == null) {
            showFailure(shown);
            return;
        }
        ReceivedResponse response = shown.response();
        statusText.set(response.status() + " " + (response.reason().isBlank() ? knowledge.status(response.status()).text() : response.reason()));
        statusKind.set(kindOf(response.status()));
        summary.set(Sizes.describe(response.body().size()) + timing(shown));
        headers.setAll(response.headers().list());
        // Checking 10 MB for valid UTF-8 takes long enough to stall the window: it runs on the worker.
        long current = generation;
        CompletableFuture.supplyAsync(() -> response.body().isText(), worker).thenAcceptAsync(text -> {
            if (current != generation) {
                return;
            }
            if (!text) {
                setBody("The body is binary or not valid UTF-8 (" + Sizes.describe(response.body().size())
                        + "). Save it to a file to look at it.", false);
                rawText.set(prettyText.get());
                gated.set(false);
            } else if (response.body().size() > GATE_BYTES) {
                gated.set(true);
                gateMessage.set("This body is " + Sizes.describe(response.body().size()) + ". Showing it may take a moment.");
                setBody("", false);
                rawText.set("");
            } else {
                gated.set(false);
                format(response);
            }
        }, fxThread);
    }

    /** Shows no response: a request tab that has not been sent yet. */
    public void clear() {
        generation++;
        formatted = false;
        exchange.set(null);
        statusText.set("");
        statusKind.set(StatusKind.NONE);
        summary.set("");
        redirectLine.set("");
        headers.clear();
        gated.set(false);
        setBody("", false);
        rawText.set("");
        requestText.set("");
    }

    /** Lifts the gate of a large body and formats it. */
    public void showAnyway() {
        Exchange shown = exchange.get();
        if (shown != null && shown.response() != null && gated.get()) {
            gated.set(false);
            format(shown.response());
        }
    }

    public void saveBody(Path file) throws IOException {
        Exchange shown = exchange.get();
        if (shown != null && shown.response() != null) {
            Files.write(file, shown.response().body().bytes());
        }
    }

    /** The body for the clipboard: redacted like every output, unless the user revealed secrets (never in presenter mode). */
    public String bodyForClipboard() {
        Exchange shown = exchange.get();
        if (shown == null || shown.response() == null) {
            return "";
        }
        boolean reveal = revealSecrets.get() && !presenterMode.get();
        return (reveal ? shown.response() : redactor.redact(shown.response())).body().text();
    }

    /** Decodes and pretty-prints on the worker; the FX thread only receives the two texts. */
    private void format(ReceivedResponse response) {
        long current = generation;
        formatting.set(true);
        CompletableFuture.supplyAsync(() -> {
            String raw = response.body().text();
            return new Formatted(raw, printer.format(raw));
        }, worker).thenAcceptAsync(done -> {
            if (current == generation) {
                formatted = true;
                rawText.set(rawShown.get() ? done.raw() : "");
                setBody(done.pretty().text(), done.pretty().json());
                formatting.set(false);
            }
        }, fxThread);
    }

    private record Formatted(String raw, JsonPrettyPrinter.Result pretty) {
    }

    private void showFailure(Exchange shown) {
        statusText.set("No response");
        statusKind.set(StatusKind.NONE);
        summary.set(timing(shown).replaceFirst("^ · ", ""));
        headers.clear();
        gated.set(false);
        setBody(shown.failure().message(), false);
        rawText.set(shown.failure().message() + (shown.failure().detail().isBlank() ? "" : "\n\n" + shown.failure().detail()));
    }

    private void setBody(String text, boolean json) {
        prettyIsJson.set(json);
        prettyText.set(text);
        search.setText(text);
    }

    /** "· 12 ms to headers · 31 ms total": waiting for X versus reading the body (a slow body shows apart). */
    static String timing(Exchange shown) {
        if (shown.timings() == null || shown.timings().total() == null) {
            return "";
        }
        String total = shown.timings().total().toMillis() + " ms";
        return shown.timings().toHeaders() == null ? " · " + total
                : " · " + shown.timings().toHeaders().toMillis() + " ms to headers · " + total + " total";
    }

    private static StatusKind kindOf(int status) {
        return switch (status / 100) {
            case 2 -> StatusKind.SUCCESS;
            case 3 -> StatusKind.REDIRECT;
            case 4 -> StatusKind.CLIENT_ERROR;
            case 5 -> StatusKind.SERVER_ERROR;
            default -> StatusKind.NONE;
        };
    }

    /** The request as sent; credentials masked unless the user reveals them (never in presenter mode). */
    private void describeRequest() {
        Exchange shown = exchange.get();
        if (shown == null) {
            return;
        }
        boolean reveal = revealSecrets.get() && !presenterMode.get();
        requestText.set(shown.sentRequest().map(r -> describe(shown, r, reveal))
                .orElse("No request was recorded with this response."));
    }

    /** "Redirected 2×: 301 → https://…, 302 → https://…", URLs always redacted (this line shows in presenter mode). */
    private String redirectLine(Exchange shown) {
        List<Redirect> hops = shown.redirects();
        if (hops.isEmpty()) {
            return "";
        }
        long notes = hops.stream().mapToLong(h -> h.notes().size()).sum();
        return "Redirected " + hops.size() + "×: " + hops.stream().map(h -> h.status() + " → " + redactor.redactUrl(h.nextUrl()))
                .collect(Collectors.joining(", ")) + (notes == 0 ? "" : " (" + notes + (notes == 1 ? " note" : " notes")
                + " in Request as sent)");
    }

    /** Each hop, its notes, then the request the response answers. */
    private String describe(Exchange shown, SentRequest request, boolean reveal) {
        StringBuilder text = new StringBuilder();
        List<Redirect> hops = shown.redirects();
        if (!hops.isEmpty()) {
            text.append("Redirects followed (").append(hops.size()).append("):\n");
            for (int i = 0; i < hops.size(); i++) {
                Redirect hop = hops.get(i);
                text.append(i + 1).append(". ").append(hop.method()).append(' ').append(url(hop.url(), reveal)).append(" → ")
                        .append(hop.status()).append(", Location: ").append(url(hop.location(), reveal)).append(" → ")
                        .append(hop.nextMethod()).append(' ').append(url(hop.nextUrl(), reveal)).append('\n');
                hop.notes().forEach(note -> text.append("   ").append(note).append('\n'));
            }
            text.append('\n');
        }
        return text.append(describe(reveal ? request : redactor.redact(request))).toString();
    }

    private String url(String url, boolean reveal) {
        return reveal ? url : redactor.redactUrl(url);
    }

    private static String describe(SentRequest request) {
        StringBuilder text = new StringBuilder(request.method()).append(' ').append(request.url()).append('\n');
        request.headers().list().forEach(h -> text.append(h.name()).append(": ").append(h.value()).append('\n'));
        if (!request.body().isEmpty()) {
            text.append('\n').append(request.body().isText() ? request.body().text() : "(" + request.body().size() + " bytes of binary)");
        }
        return text.toString();
    }

    public BooleanProperty revealSecretsProperty() {
        return revealSecrets;
    }

    /** Larger text and secrets masked everywhere on screen, for workshops and screen sharing. */
    public BooleanProperty presenterModeProperty() {
        return presenterMode;
    }

    public ReadOnlyObjectProperty<Exchange> exchangeProperty() {
        return exchange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line about the redirects followed before this response, or empty when there were none. */
    public ReadOnlyStringProperty redirectLineProperty() {
        return redirectLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty prettyTextProperty() {
        return prettyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty prettyIsJsonProperty() {
        return prettyIsJson.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawTextProperty() {
        return rawText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestTextProperty() {
        return requestText.getReadOnlyProperty();
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

    public ReadOnlyListProperty<Header> headersProperty() {
        return headers.getReadOnlyProperty();
    }
}
