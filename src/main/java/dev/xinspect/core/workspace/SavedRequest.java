package dev.xinspect.core.workspace;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.QueryParam;
import java.util.List;

/**
 * A request as the user built it, one per file in a collection: unresolved {@code {{variables}}}, header rows with
 * their enabled flags, the query rows switched off in the table ({@code disabledQuery}; the enabled ones are in the
 * URL), the credential profile by name only ({@code authProfile}; empty for none), and the parts of a multipart form
 * body ({@code parts}; empty when the body is {@code body}'s text). Never a secret.
 */
public record SavedRequest(String name, String method, String url, List<SavedHeader> headers, String body,
                           String authProfile, String description, List<QueryParam> disabledQuery, List<FormPart> parts) {
    public SavedRequest {
        name = name == null ? "" : name.strip();
        method = method == null || method.isBlank() ? "GET" : method.strip();
        url = url == null ? "" : url;
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? "" : body;
        authProfile = authProfile == null ? "" : authProfile;
        description = description == null ? "" : description;
        disabledQuery = disabledQuery == null ? List.of() : List.copyOf(disabledQuery);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A request with a text body (or none). */
    public SavedRequest(String name, String method, String url, List<SavedHeader> headers, String body,
                        String authProfile, String description, List<QueryParam> disabledQuery) {
        this(name, method, url, headers, body, authProfile, description, disabledQuery, List.of());
    }

    /** A request with every query row in its URL. */
    public SavedRequest(String name, String method, String url, List<SavedHeader> headers, String body,
                        String authProfile, String description) {
        this(name, method, url, headers, body, authProfile, description, List.of());
    }

    public SavedRequest withName(String newName) {
        return new SavedRequest(newName, method, url, headers, body, authProfile, description, disabledQuery, parts);
    }
}
