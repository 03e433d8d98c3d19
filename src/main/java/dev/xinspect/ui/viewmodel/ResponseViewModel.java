package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.expansion.PostJoiner;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.report.Redactor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The response side of the window: status chip, size and timing, the redirects followed, the body (its own view
 * model, {@link ResponseBodyViewModel}), the headers, and the request as it was sent.
 */
public final class ResponseViewModel {
    private final KnowledgeBase knowledge;
    private final Redactor redactor;
    private final SentRequestText sentText;
    private final BooleanProperty revealSecrets = new SimpleBooleanProperty();
    private final BooleanProperty presenterMode = new SimpleBooleanProperty();
    private final BooleanProperty joinedShown = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Exchange> exchange = new ReadOnlyObjectWrapper<>();
    private final JoinedPostsViewModel joined;
    private final ResponseBodyViewModel body;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redirectLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestText = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<Header> headers = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    /** The exchange the Joined tab was last joined for. */
    private Exchange joinedFor;
    /** Colours the status chip: the class of the status, or NONE when there was no response. */
    public enum StatusKind { NONE, SUCCESS, REDIRECT, CLIENT_ERROR, SERVER_ERROR }

    public ResponseViewModel(KnowledgeBase knowledge, JsonPrettyPrinter printer, Redactor redactor, Executor worker,
                             Executor fxThread) {
        this.knowledge = knowledge;
        this.redactor = redactor;
        this.sentText = new SentRequestText(redactor);
        revealSecrets.addListener((obs, old, now) -> describeRequest());
        presenterMode.addListener((obs, old, now) -> {
            if (now) {
                revealSecrets.set(false);
            }
        });
        this.joined = new JoinedPostsViewModel(new PostJoiner(), worker, fxThread);
        this.body = new ResponseBodyViewModel(printer, worker, fxThread);
        joinedShown.addListener((obs, old, now) -> join());
    }

    /**
     * Whether the Joined tab is on screen. Its Posts are joined only while it is: joining reads the whole body into
     * a tree (hundreds of megabytes of garbage for a 10 MB body), work that slowed every large body's first paint.
     */
    public BooleanProperty joinedShownProperty() {
        return joinedShown;
    }

    private void join() {
        Exchange wanted = joinedShown.get() ? exchange.get() : null;
        if (wanted != joinedFor) {
            joinedFor = wanted;
            joined.show(wanted);
        }
    }

    /** The body: Pretty and Raw, the gate of a large one, and find in it. */
    public ResponseBodyViewModel body() {
        return body;
    }

    /** Find in the body shown in the Pretty tab. */
    public BodySearchViewModel search() {
        return body.search();
    }

    /** The Joined tab: the answer's Posts with their includes. */
    public JoinedPostsViewModel joined() {
        return joined;
    }

    public void show(Exchange shown) {
        exchange.set(shown);
        join();
        redirectLine.set(sentText.redirectLine(shown));
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
        body.show(response);
    }

    /** Shows no response: a request tab that has not been sent yet. */
    public void clear() {
        exchange.set(null);
        join();
        statusText.set("");
        statusKind.set(StatusKind.NONE);
        summary.set("");
        redirectLine.set("");
        headers.clear();
        body.showMessage("", "");
        requestText.set("");
    }

    /** Lifts the gate of a large body and formats it. */
    public void showAnyway() {
        body.showAnyway();
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

    private void showFailure(Exchange shown) {
        statusText.set("No response");
        statusKind.set(StatusKind.NONE);
        summary.set(timing(shown).replaceFirst("^ · ", ""));
        headers.clear();
        body.showMessage(shown.failure().message(), shown.failure().detail());
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
        requestText.set(shown.sentRequest().map(r -> sentText.describe(shown, r, reveal))
                .orElse("No request was recorded with this response."));
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

    public ReadOnlyStringProperty requestTextProperty() {
        return requestText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty gatedProperty() {
        return body.gatedProperty();
    }

    public ReadOnlyListProperty<Header> headersProperty() {
        return headers.getReadOnlyProperty();
    }
}
