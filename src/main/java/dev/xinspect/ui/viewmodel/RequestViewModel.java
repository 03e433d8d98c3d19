package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.report.CurlCommandParser;
import dev.xinspect.core.report.ImportedRequest;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The request a user builds: method, URL (with {@code {{variables}}}), parameter and header tables, body, auth. Send
 * resolves variables, checks a JSON body, asks the {@link SendGuard}'s questions, then hands the request to the
 * sender off the FX thread; the exchange goes to {@code onExchange}. What the user typed is never touched by a failure.
 */
public final class RequestViewModel {
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final RequestFields fields;
    private final RequestResolution resolution;
    private final SendGuard guard = new SendGuard();
    private final InFlightSend inFlight;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSend;
    private BiConsumer<String, String> secretKeeper = (name, value) -> { };

    /** @param sender authorizes and sends, on the worker; what it throws becomes one sentence ({@link InFlightSend#messageOf}) */
    public RequestViewModel(BiFunction<SentRequest, AuthOption, Exchange> sender, Supplier<Map<String, String>> environment,
                            List<AuthOption> authChoices, Consumer<Exchange> onExchange, Executor worker, Executor fxThread) {
        fields = new RequestFields(authChoices);
        resolution = new RequestResolution(fields, environment);
        inFlight = new InFlightSend(sender, onExchange, worker, fxThread, System::nanoTime);
        canSend = inFlight.canStart(fields.url());
    }

    /**
     * Sends the request as built, unless the {@link SendGuard} holds it: then the warning says why and {@link #sendAnyway()}
     * sends. Returns when the exchange is published (for tests and keyboard shortcuts).
     */
    public CompletableFuture<Void> send() {
        return send(false);
    }

    /** Sends despite the warning shown. */
    public CompletableFuture<Void> sendAnyway() {
        return send(true);
    }

    public void dismissWarning() {
        guard.dismiss();
    }

    /** A check run just before sending; a sentence stops the send until the user confirms. */
    public void addPreSendCheck(BiFunction<SentRequest, AuthOption, Optional<String>> check) {
        guard.add(check);
    }

    private CompletableFuture<Void> send(boolean confirmed) {
        error.set("");
        guard.dismiss();
        SentRequest request;
        try {
            request = resolution.toSend();
        } catch (Variables.UnknownVariableException | IllegalStateException e) {
            error.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        AuthOption chosen = fields.chosenAuth();
        boolean held = !confirmed && guard.holds(request, chosen);
        return held ? CompletableFuture.completedFuture(null) : inFlight.start(request, chosen, error::set);
    }

    /** Updates the in-flight time ("1.4 s"); the view calls it while sending. */
    public void tickElapsed() {
        inFlight.tick();
    }

    /** Stops waiting for the answer; a late answer is dropped. The request stays as typed. */
    public void cancel() {
        inFlight.cancel();
        error.set("Cancelled.");
    }

    /**
     * Fills the editor from a pasted curl command; returns what was ignored (empty when all was read). A text that is
     * not a curl command leaves the editor as it was, and {@link #errorProperty()} says why.
     */
    public List<String> importCurl(String command) {
        try {
            ImportedRequest imported = new CurlCommandParser().parse(command);
            load(imported);
            error.set("");
            return imported.notes();
        } catch (CurlCommandParser.NotCurlException e) {
            error.set(e.getMessage());
            return List.of();
        }
    }

    /** Fills the editor with an imported request; its own {@code Authorization} is sent as it is, not replaced by a profile. */
    public void load(ImportedRequest imported) {
        fields.load(imported);
    }

    /** Fills the editor with a request (a template, a history entry); the parameters are the URL's. */
    public void load(String newMethod, String newUrl, List<Header> newHeaders, String newBody) {
        fields.load(newMethod, newUrl, newHeaders, newBody);
    }

    /** What the user typed, unresolved, for saving: method, URL, header rows, body, the auth choice by name. */
    public SavedRequest snapshot() {
        return fields.snapshot();
    }

    /** Fills the editor with a saved request; an auth profile not offered here leaves the auth choice as it was. */
    public void open(SavedRequest saved) {
        fields.open(saved);
        error.set("");
    }

    /** Switches to the auth option of this profile name; a name not offered here leaves the choice as it was. */
    public void chooseAuth(String profile) {
        fields.chooseAuth(profile);
    }

    /** The request as Send would build it, for the exports: no Authorization yet, a multipart body left out (no file read). */
    public SentRequest resolved() throws Variables.UnknownVariableException {
        return resolution.forExport();
    }

    /** The multipart parts with variables resolved; empty when the body is text. */
    public List<FormPart> resolvedParts() throws Variables.UnknownVariableException {
        return resolution.parts();
    }

    /** Every {@code {{name}}} the request uses that the current environment lacks. */
    public List<String> missingVariables() {
        return resolution.missingVariables();
    }

    /** The Import curl editor over this request; a credential moved out of it goes to {@link #keepSecretsWith}'s store. */
    public ImportCurlViewModel importer() {
        return new ImportCurlViewModel(this, secretKeeper);
    }

    /** Where an imported credential goes when the user moves it into a secret variable (name, value). */
    public void keepSecretsWith(BiConsumer<String, String> keeper) {
        secretKeeper = keeper;
    }

    /** Where fresh multipart boundaries come from (tests make them fixed). */
    public void useBoundaries(Supplier<String> source) {
        resolution.useBoundaries(source);
    }

    /** Whether the current environment has a value for {@code {{name}}} (the URL field colours the others). */
    public boolean defines(String variable) {
        return resolution.defines(variable);
    }

    /** The URL as it would be sent (variables resolved; an unknown one left as typed), for live previews. */
    public String previewUrl() {
        return resolution.previewUrl();
    }

    /** The body when it is a form ({@code application/x-www-form-urlencoded}, which OAuth 1.0a signs), else empty. */
    public String formBody() {
        return fields.formBody();
    }

    public StringProperty methodProperty() {
        return fields.method();
    }

    public StringProperty urlProperty() {
        return fields.url();
    }

    public ObservableList<KeyValueRow> params() {
        return fields.params();
    }

    public ObservableList<KeyValueRow> headers() {
        return fields.headers();
    }

    public StringProperty bodyProperty() {
        return fields.body();
    }

    public ObjectProperty<BodyKind> bodyKindProperty() {
        return fields.bodyKind();
    }

    /** The multipart form's rows (sent when the body kind is {@link BodyKind#MULTIPART}). */
    public ObservableList<FormPartRow> parts() {
        return fields.parts();
    }

    public ReadOnlyStringProperty bodyProblemProperty() {
        return fields.bodyProblem();
    }

    public ObservableList<AuthOption> authOptions() {
        return fields.authOptions();
    }

    public ObjectProperty<AuthOption> authProperty() {
        return fields.auth();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return inFlight.sending();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the last Send stopped before sending (the user may send anyway), or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return guard.warning();
    }

    /** How long the request in flight has been waiting. */
    public ReadOnlyStringProperty elapsedProperty() {
        return inFlight.elapsed();
    }
}
