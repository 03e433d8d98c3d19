package dev.xinspect.core.workspace;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.MultipartBody;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles the request Send sends from a request as typed (a {@link SavedRequest}: {@code {{variables}}}, header
 * rows with their switches, a text body or form parts) and the current environment's values. The window's editor,
 * its exports and its variable warnings all go through here, so they agree on what would be sent. No Authorization
 * is added: that is the chosen profile's job, at Send.
 */
public final class RequestAssembler {
    private final Map<String, String> environment;
    private final Variables variables;

    public RequestAssembler(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.variables = new Variables(environment);
    }

    /** With {@code typed}'s text body; a body without a Content-Type header is sent as JSON, as X's endpoints expect. */
    public SentRequest withText(SavedRequest typed) throws Variables.UnknownVariableException {
        String text = variables.resolve(typed.body());
        Headers all = headers(typed);
        if (!text.isBlank() && !all.contains("content-type")) {
            all = all.with("Content-Type", "application/json");
        }
        return new SentRequest(typed.method(), url(typed), all, Body.ofText(text));
    }

    /**
     * With {@code typed}'s parts encoded as a multipart form under {@code boundary}, files read on this thread.
     * RFC 7578: the Content-Type carries the boundary, so a typed one is replaced.
     */
    public SentRequest withParts(SavedRequest typed, String boundary) throws Variables.UnknownVariableException, IOException {
        Headers all = headers(typed).without("content-type").with("Content-Type", MultipartBody.contentType(boundary));
        return new SentRequest(typed.method(), url(typed), all, MultipartBody.encode(parts(typed), boundary));
    }

    /** A multipart request's method, URL and headers, its body left out (no file read): {@link #parts} has the parts. */
    public SentRequest withoutParts(SavedRequest typed) throws Variables.UnknownVariableException {
        Headers all = headers(typed).without("content-type");
        return new SentRequest(typed.method(), url(typed), all, Body.EMPTY);
    }

    /** The form parts with their values and file paths resolved. */
    public List<FormPart> parts(SavedRequest typed) throws Variables.UnknownVariableException {
        List<FormPart> resolved = new ArrayList<>();
        for (FormPart part : typed.parts()) {
            resolved.add(new FormPart(part.name(), variables.resolve(part.value()), variables.resolve(part.file()), part.contentType(),
                    part.filename()));
        }
        return resolved;
    }

    /** Every {@code {{name}}} the request uses, switched-off header rows included, that the environment lacks. */
    public List<String> missingVariables(SavedRequest typed) {
        List<String> texts = new ArrayList<>(List.of(typed.url(), typed.body()));
        typed.headers().forEach(header -> texts.add(header.value()));
        typed.parts().forEach(part -> texts.addAll(List.of(part.value(), part.file())));
        Set<String> used = new LinkedHashSet<>();
        texts.forEach(text -> Variables.placeholders(text).forEach(p -> used.add(p.name())));
        used.removeAll(environment.keySet());
        return List.copyOf(used);
    }

    /** The URL as it would be sent, or as typed while a variable in it has no value (for live previews). */
    public String previewUrl(String typedUrl) {
        try {
            return variables.resolve(typedUrl.trim());
        } catch (Variables.UnknownVariableException e) {
            return typedUrl.trim();
        }
    }

    private String url(SavedRequest typed) throws Variables.UnknownVariableException {
        return variables.resolve(typed.url().trim());
    }

    /** The rows switched on and with a name, values resolved. */
    private Headers headers(SavedRequest typed) throws Variables.UnknownVariableException {
        List<Header> resolved = new ArrayList<>();
        for (SavedHeader row : typed.headers()) {
            if (row.enabled() && !row.name().isBlank()) {
                resolved.add(new Header(row.name().trim(), variables.resolve(row.value())));
            }
        }
        return new Headers(resolved);
    }
}
