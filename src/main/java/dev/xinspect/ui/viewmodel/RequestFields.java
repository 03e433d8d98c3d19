package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.JsonBodyCheck;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.report.ImportedRequest;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the user typed and chose in the request editor, as its controls bind to it: method, URL and parameter table
 * kept in step, header rows, a text or multipart body (text that looks like JSON is checked as it is typed), the auth
 * option. It fills from and snapshots to a {@link SavedRequest}, unresolved; variables and sending stay with
 * {@link RequestViewModel}.
 */
final class RequestFields {
    private final StringProperty method = new SimpleStringProperty("GET");
    private final StringProperty url = new SimpleStringProperty("");
    private final ObservableList<KeyValueRow> params = FXCollections.observableArrayList(KeyValueRow.EXTRACTOR);
    private final UrlParamsSync urlParams = new UrlParamsSync(url, params);
    private final ObservableList<KeyValueRow> headers = FXCollections.observableArrayList(KeyValueRow.EXTRACTOR);
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<BodyKind> bodyKind = new SimpleObjectProperty<>(BodyKind.TEXT);
    private final ObservableList<FormPartRow> parts = FXCollections.observableArrayList(FormPartRow.EXTRACTOR);
    private final ReadOnlyStringWrapper bodyProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<AuthOption> authOptions = FXCollections.observableArrayList();
    private final ObjectProperty<AuthOption> auth = new SimpleObjectProperty<>();

    /** @param authChoices the auth options offered; the first is chosen */
    RequestFields(List<AuthOption> authChoices) {
        body.addListener((obs, old, text) -> bodyProblem.set(JsonBodyCheck.problem(text)));
        authOptions.setAll(authChoices);
        auth.set(authChoices.isEmpty() ? null : authChoices.get(0));
    }

    /** A request with a text body and every query parameter in its URL (a template, a history entry, a curl import). */
    void load(String newMethod, String newUrl, List<Header> newHeaders, String newBody) {
        method.set(newMethod);
        url.set(newUrl);
        urlParams.replaceDisabled(List.of()); // the previous request's switched-off rows are not this one's
        headers.setAll(newHeaders.stream().map(h -> new KeyValueRow(h.name(), h.value())).toList());
        body.set(newBody);
        showParts(List.of());
    }

    /**
     * An imported request: its parts make a multipart body, and its own {@code Authorization} (imported from a header,
     * {@code -u} or {@code --oauth2-bearer}) is sent as it is, not replaced by a profile.
     */
    void load(ImportedRequest imported) {
        load(imported.method(), imported.url(), imported.headers(), imported.body() == null ? "" : imported.body());
        showParts(imported.parts());
        if (imported.header("authorization") != null) {
            if (!authOptions.contains(AuthOption.asInHeaders())) {
                authOptions.add(AuthOption.asInHeaders());
            }
            auth.set(AuthOption.asInHeaders());
        }
    }

    /** A saved request, with its switched-off rows, its form parts and its auth profile when that is offered here. */
    void open(SavedRequest saved) {
        load(saved.method(), saved.url(), List.of(), saved.body());
        urlParams.replaceDisabled(saved.disabledQuery());
        headers.setAll(saved.headers().stream().map(h -> {
            KeyValueRow row = new KeyValueRow(h.name(), h.value());
            row.enabledProperty().set(h.enabled());
            return row;
        }).toList());
        showParts(saved.parts());
        chooseAuth(saved.authProfile());
    }

    /** Switches to the auth option of this profile name; a name not offered here leaves the choice as it was. */
    void chooseAuth(String profile) {
        authOptions.stream().filter(option -> option.label().equals(profile)).findFirst().ifPresent(auth::set);
    }

    /** The auth option chosen; no auth when none is. */
    AuthOption chosenAuth() {
        return auth.get() == null ? AuthOption.none() : auth.get();
    }

    /** Fills the multipart rows; none makes the body text again. */
    private void showParts(List<FormPart> newParts) {
        parts.setAll(newParts.stream().map(FormPartRow::new).toList());
        bodyKind.set(newParts.isEmpty() ? BodyKind.TEXT : BodyKind.MULTIPART);
    }

    /** What is typed, blank rows left out, under no name, the auth choice by name. */
    SavedRequest snapshot() {
        String authProfile = auth.get() == null ? "" : auth.get().label();
        return new SavedRequest("", method.get(), url.get(), headers.stream().filter(row -> !row.isBlank())
                .map(row -> new SavedHeader(row.getName(), row.getValue(), row.isEnabled())).toList(), body.get(),
                authProfile, "", params.stream().filter(row -> !row.isEnabled() && !row.isBlank())
                .map(row -> new QueryParam(row.getName(), row.getValue())).toList(), formParts());
    }

    boolean isMultipart() {
        return bodyKind.get() == BodyKind.MULTIPART;
    }

    /** The body when it is a form ({@code application/x-www-form-urlencoded}, which OAuth 1.0a signs), else empty. */
    String formBody() {
        boolean form = headers.stream().anyMatch(row -> row.isEnabled() && row.getName().trim().equalsIgnoreCase("content-type")
                && row.getValue().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
        return form ? body.get() : "";
    }

    /** The multipart rows as typed (none when the body is text). */
    private List<FormPart> formParts() {
        return isMultipart() ? parts.stream().filter(row -> !row.isBlank()).map(FormPartRow::part).toList() : List.of();
    }

    StringProperty method() {
        return method;
    }

    StringProperty url() {
        return url;
    }

    ObservableList<KeyValueRow> params() {
        return params;
    }

    ObservableList<KeyValueRow> headers() {
        return headers;
    }

    StringProperty body() {
        return body;
    }

    ObjectProperty<BodyKind> bodyKind() {
        return bodyKind;
    }

    ObservableList<FormPartRow> parts() {
        return parts;
    }

    ReadOnlyStringProperty bodyProblem() {
        return bodyProblem.getReadOnlyProperty();
    }

    ObservableList<AuthOption> authOptions() {
        return authOptions;
    }

    ObjectProperty<AuthOption> auth() {
        return auth;
    }
}
