package dev.xinspect.core.workshop;

import dev.xinspect.core.http.Header;
import java.util.List;

/**
 * The request a step prepares: inline ({@code method}, {@code url} with {@code {{baseUrl}}} for the sandbox,
 * headers, body), or a saved request of the workspace by its path ({@code saved}, e.g.
 * {@code collections/Lesson/Me.json}; resolved with {@link SavedRequestResolver}); {@code auth} is the sandbox
 * identity to use either way.
 */
public record StepRequest(String saved, String method, String url, List<Header> headers, String body, StepAuth auth) {
    public StepRequest {
        saved = saved == null ? "" : saved;
        method = method == null || method.isBlank() ? "GET" : method;
        url = url == null ? "" : url;
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? "" : body;
        auth = auth == null ? StepAuth.NONE : auth;
    }

    public static StepRequest inline(String method, String url, List<Header> headers, String body, StepAuth auth) {
        return new StepRequest("", method, url, headers, body, auth);
    }

    public boolean isSaved() {
        return !saved.isEmpty();
    }
}
