package dev.xinspect.ui.viewmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.MultipartBody;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.CurlCommandParser;
import dev.xinspect.core.report.ImportedRequest;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request a user builds: method, URL (with {@code {{variables}}}), parameter and header tables, body, auth. Send
 * resolves variables, checks a JSON body, then hands the request to the sender off the FX thread; the exchange
 * goes to {@code onExchange}. What the user typed is never touched by a failure.
 */
public final class RequestViewModel {
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final BiFunction<SentRequest, AuthOption, Exchange> sender;
    private final Supplier<Map<String, String>> environment;
    private final Consumer<Exchange> onExchange;
    private final Executor worker;
    private final Executor fxThread;

    private final StringProperty method = new SimpleStringProperty("GET");
    private final StringProperty url = new SimpleStringProperty("");
    private final ObservableList<KeyValueRow> params = FXCollections.observableArrayList(KeyValueRow.EXTRACTOR);
    private final UrlParamsSync urlParams;
    private final ObservableList<KeyValueRow> headers = FXCollections.observableArrayList(KeyValueRow.EXTRACTOR);
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<BodyKind> bodyKind = new SimpleObjectProperty<>(BodyKind.TEXT);
    private final ObservableList<FormPartRow> parts = FXCollections.observableArrayList(FormPartRow.EXTRACTOR);
    private Supplier<String> boundaries = () -> MultipartBody.freshBoundary(new java.security.SecureRandom());
    private java.util.function.BiConsumer<String, String> secretKeeper = (name, value) -> { };
    private final ReadOnlyStringWrapper bodyProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<AuthOption> authOptions = FXCollections.observableArrayList();
    private final ObjectProperty<AuthOption> auth = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final List<BiFunction<SentRequest, AuthOption, Optional<String>>> preSendChecks = new ArrayList<>();
    private long sendStartedNanos;
    private final BooleanBinding canSend;
    private long generation;

    /**
     * @param sender authorizes the request with the chosen option and sends it, on the worker; it may throw
     *               {@link CredentialsUnavailableException} or {@link OAuthException}, whose message is shown
     */
    public RequestViewModel(BiFunction<SentRequest, AuthOption, Exchange> sender, Supplier<Map<String, String>> environment,
                            List<AuthOption> authChoices, Consumer<Exchange> onExchange, Executor worker, Executor fxThread) {
        this.sender = sender;
        this.environment = environment;
        this.onExchange = onExchange;
        this.worker = worker;
        this.fxThread = fxThread;
        urlParams = new UrlParamsSync(url, params);
        authOptions.setAll(authChoices);
        auth.set(authChoices.isEmpty() ? null : authChoices.get(0));
        body.addListener((obs, old, text) -> bodyProblem.set(jsonProblem(text)));
        canSend = Bindings.createBooleanBinding(() -> !sending.get() && !url.get().isBlank(), sending, url);
    }

    /**
     * Sends the request as built, unless a pre-send check warns (no requests left in the window, an auth mode the
     * endpoint refuses, …): then the warning shows and {@link #sendAnyway()} sends. Returns when the exchange is
     * published (for tests and keyboard shortcuts).
     */
    public CompletableFuture<Void> send() {
        return send(false);
    }

    /** Sends despite the warning shown. */
    public CompletableFuture<Void> sendAnyway() {
        return send(true);
    }

    public void dismissWarning() {
        warning.set("");
    }

    /** A check run just before sending; a sentence stops the send until the user confirms. */
    public void addPreSendCheck(BiFunction<SentRequest, AuthOption, Optional<String>> check) {
        preSendChecks.add(check);
    }

    private CompletableFuture<Void> send(boolean confirmed) {
        error.set("");
        warning.set("");
        SentRequest request;
        try {
            request = build();
        } catch (Variables.UnknownVariableException | IllegalStateException e) {
            error.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        AuthOption chosen = auth.get() == null ? AuthOption.none() : auth.get();
        if (!confirmed) {
            List<String> warnings = new ArrayList<>(preSendChecks.stream().map(check -> check.apply(request, chosen))
                    .flatMap(Optional::stream).toList());
            if (!chosen.isNone() && request.headers().contains("authorization")) {
                warnings.add(0, "The request has its own Authorization header, and the profile “" + chosen.label() + "” replaces it"
                        + " at Send. Choose “" + AuthOption.asInHeaders().label() + "” in Auth to send it as it is.");
            }
            if (!warnings.isEmpty()) {
                warning.set(String.join("\n", warnings));
                return CompletableFuture.completedFuture(null);
            }
        }
        long current = ++generation;
        sending.set(true);
        sendStartedNanos = System.nanoTime();
        elapsed.set("");
        return CompletableFuture.supplyAsync(() -> sender.apply(request, chosen), worker).handleAsync((exchange, failure) -> {
            if (current == generation) {
                sending.set(false);
                if (failure == null) {
                    onExchange.accept(exchange);
                } else {
                    error.set(messageOf(failure));
                }
            }
            return null;
        }, fxThread);
    }

    /** Credentials that are not ready say what to do; anything else unexpected still gets one sentence. */
    private static String messageOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CredentialsUnavailableException || cause instanceof OAuthException) {
            return cause.getMessage();
        }
        return "The request could not be sent: " + FailureText.reason(cause) + ". What you typed is unchanged.";
    }

    /** Updates the in-flight time ("1.4 s"); the view calls it while sending. */
    public void tickElapsed() {
        if (sending.get()) {
            long millis = (System.nanoTime() - sendStartedNanos) / 1_000_000;
            elapsed.set(millis < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) : millis / 1000 + " s");
        }
    }

    /** Stops waiting for the answer; a late answer is dropped. The request stays as typed. */
    public void cancel() {
        generation++;
        sending.set(false);
        error.set("Cancelled.");
    }

    /**
     * Fills the editor from a pasted curl command. Returns what was ignored or not understood (empty when all was
     * read); a text that is not a curl command leaves the editor as it was and says why in {@link #errorProperty()}.
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

    /**
     * Fills the editor with an imported request: its parts make a multipart body, and its own {@code Authorization}
     * (imported from a header, {@code -u} or {@code --oauth2-bearer}) is sent as it is, not replaced by a profile.
     */
    public void load(ImportedRequest imported) {
        load(imported.method(), imported.url(), imported.headers(), imported.body() == null ? "" : imported.body());
        parts.setAll(imported.parts().stream().map(FormPartRow::new).toList());
        bodyKind.set(imported.isMultipart() ? BodyKind.MULTIPART : BodyKind.TEXT);
        if (imported.header("authorization") != null) {
            if (!authOptions.contains(AuthOption.asInHeaders())) {
                authOptions.add(AuthOption.asInHeaders());
            }
            auth.set(AuthOption.asInHeaders());
        }
    }

    /** Fills the editor with a request (a template, a history entry); the parameters are the URL's. */
    public void load(String newMethod, String newUrl, List<Header> newHeaders, String newBody) {
        method.set(newMethod);
        url.set(newUrl);
        urlParams.replaceDisabled(List.of()); // the previous request's switched-off rows are not this one's
        headers.setAll(newHeaders.stream().map(h -> new KeyValueRow(h.name(), h.value())).toList());
        body.set(newBody);
        parts.clear();
        bodyKind.set(BodyKind.TEXT);
    }

    /** What the user typed, unresolved, for saving: method, URL, header rows, body, the auth choice by name. */
    public SavedRequest snapshot() {
        return new SavedRequest("", method.get(), url.get(), headers.stream().filter(row -> !row.isBlank())
                .map(row -> new SavedHeader(row.getName(), row.getValue(), row.isEnabled())).toList(), body.get(),
                auth.get() == null ? "" : auth.get().label(), "", params.stream().filter(row -> !row.isEnabled() && !row.isBlank())
                .map(row -> new QueryParam(row.getName(), row.getValue())).toList(), formParts());
    }

    /** The multipart rows as typed (none when the body is text). */
    private List<FormPart> formParts() {
        return bodyKind.get() == BodyKind.MULTIPART ? parts.stream().filter(row -> !row.isBlank()).map(FormPartRow::part).toList()
                : List.of();
    }

    /** Fills the editor with a saved request; an auth profile not offered here leaves the auth choice as it was. */
    public void open(SavedRequest saved) {
        load(saved.method(), saved.url(), List.of(), saved.body());
        urlParams.replaceDisabled(saved.disabledQuery());
        headers.setAll(saved.headers().stream().map(h -> {
            KeyValueRow row = new KeyValueRow(h.name(), h.value());
            row.enabledProperty().set(h.enabled());
            return row;
        }).toList());
        parts.setAll(saved.parts().stream().map(FormPartRow::new).toList());
        bodyKind.set(saved.parts().isEmpty() ? BodyKind.TEXT : BodyKind.MULTIPART);
        chooseAuth(saved.authProfile());
        error.set("");
    }

    /** Switches to the auth option of this profile name; a name not offered here leaves the choice as it was. */
    public void chooseAuth(String profile) {
        authOptions.stream().filter(option -> option.label().equals(profile)).findFirst().ifPresent(auth::set);
    }

    /**
     * The request as Send would build it (variables resolved, no Authorization yet), for the exports; a multipart body
     * is left out (its files are not read): {@link #resolvedParts()} has its parts.
     */
    public SentRequest resolved() throws Variables.UnknownVariableException {
        return build(false);
    }

    /** The multipart parts with variables resolved; empty when the body is text. */
    public List<FormPart> resolvedParts() throws Variables.UnknownVariableException {
        Variables variables = new Variables(environment.get());
        List<FormPart> resolved = new ArrayList<>();
        for (FormPart part : formParts()) {
            resolved.add(new FormPart(part.name(), variables.resolve(part.value()), variables.resolve(part.file()), part.contentType(),
                    part.filename()));
        }
        return resolved;
    }

    /** Every {@code {{name}}} the request uses that the current environment lacks. */
    public List<String> missingVariables() {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        List<String> texts = new ArrayList<>(List.of(url.get(), body.get()));
        headers.forEach(row -> texts.add(row.getValue()));
        formParts().forEach(part -> texts.addAll(List.of(part.value(), part.file())));
        texts.forEach(text -> Variables.placeholders(text).forEach(p -> used.add(p.name())));
        used.removeAll(environment.get().keySet());
        return List.copyOf(used);
    }

    /** The Import curl editor over this request; a credential moved out of it goes to {@link #keepSecretsWith}'s store. */
    public ImportCurlViewModel importer() {
        return new ImportCurlViewModel(this, secretKeeper);
    }

    /** Where an imported credential goes when the user moves it into a secret variable (name, value). */
    public void keepSecretsWith(java.util.function.BiConsumer<String, String> keeper) {
        secretKeeper = keeper;
    }

    /** Where fresh multipart boundaries come from (tests make them fixed). */
    public void useBoundaries(Supplier<String> source) {
        boundaries = source;
    }

    private SentRequest build() throws Variables.UnknownVariableException {
        return build(true);
    }

    /** @param encodeParts whether a multipart body is encoded (its files read) with a fresh boundary */
    private SentRequest build(boolean encodeParts) throws Variables.UnknownVariableException {
        if (bodyKind.get() == BodyKind.MULTIPART) {
            return multipart(encodeParts);
        }
        if (!bodyProblem.get().isEmpty()) {
            throw new IllegalStateException(bodyProblem.get() + " Fix it or clear the body before sending.");
        }
        Variables variables = new Variables(environment.get());
        String text = variables.resolve(body.get());
        Headers all = resolvedHeaders(variables);
        if (!text.isBlank() && !all.contains("content-type")) {
            all = all.with("Content-Type", "application/json");
        }
        return new SentRequest(method.get(), variables.resolve(url.get().trim()), all, Body.ofText(text));
    }

    /** RFC 7578: the Content-Type carries the boundary, so a typed one is replaced. */
    private SentRequest multipart(boolean encodeParts) throws Variables.UnknownVariableException {
        Variables variables = new Variables(environment.get());
        Headers all = resolvedHeaders(variables).without("content-type");
        String resolvedUrl = variables.resolve(url.get().trim());
        if (!encodeParts) {
            return new SentRequest(method.get(), resolvedUrl, all, Body.EMPTY);
        }
        String boundary = boundaries.get();
        try {
            return new SentRequest(method.get(), resolvedUrl, all.with("Content-Type", MultipartBody.contentType(boundary)),
                    MultipartBody.encode(resolvedParts(), boundary));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Headers resolvedHeaders(Variables variables) throws Variables.UnknownVariableException {
        List<Header> resolved = new ArrayList<>();
        for (KeyValueRow row : headers) {
            if (row.isEnabled() && !row.getName().isBlank()) {
                resolved.add(new Header(row.getName().trim(), variables.resolve(row.getValue())));
            }
        }
        return new Headers(resolved);
    }

    /** Whether the current environment has a value for {@code {{name}}} (the URL field colours the others). */
    public boolean defines(String variable) {
        return environment.get().containsKey(variable);
    }

    /** The URL as it would be sent (variables resolved; an unknown one left as typed), for live previews. */
    public String previewUrl() {
        try {
            return new Variables(environment.get()).resolve(url.get().trim());
        } catch (Variables.UnknownVariableException e) {
            return url.get().trim();
        }
    }

    /** The body when it is a form ({@code application/x-www-form-urlencoded}, which OAuth 1.0a signs), else empty. */
    public String formBody() {
        boolean form = headers.stream().anyMatch(row -> row.isEnabled() && row.getName().trim().equalsIgnoreCase("content-type")
                && row.getValue().toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
        return form ? body.get() : "";
    }

    /** A body that looks like JSON must be JSON: flagged before sending, not after X answers 400. */
    static String jsonProblem(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
            return "";
        }
        try {
            JSON.readTree(trimmed.replaceAll("\\{\\{\\s*[A-Za-z0-9_.-]+\\s*}}", "0"));
            return "";
        } catch (JsonProcessingException e) {
            return "The body is not valid JSON (" + JsonLimits.problem(e) + ").";
        }
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObservableList<KeyValueRow> params() {
        return params;
    }

    public ObservableList<KeyValueRow> headers() {
        return headers;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<BodyKind> bodyKindProperty() {
        return bodyKind;
    }

    /** The multipart form's rows (sent when the body kind is {@link BodyKind#MULTIPART}). */
    public ObservableList<FormPartRow> parts() {
        return parts;
    }

    public ReadOnlyStringProperty bodyProblemProperty() {
        return bodyProblem.getReadOnlyProperty();
    }

    public ObservableList<AuthOption> authOptions() {
        return authOptions;
    }

    public ObjectProperty<AuthOption> authProperty() {
        return auth;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the last Send stopped before sending (the user may send anyway), or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** How long the request in flight has been waiting. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }
}
