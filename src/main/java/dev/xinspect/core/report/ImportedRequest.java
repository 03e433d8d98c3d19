package dev.xinspect.core.report;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import java.util.List;

/**
 * What a pasted curl command asks for: method, URL, the headers curl would send beyond its own defaults, a body
 * ({@code null} when there is none) or multipart parts, the shell variables it uses (written {@code {{NAME}}} where
 * they stand), and the notes on what was ignored or repaired.
 */
public record ImportedRequest(String method, String url, List<Header> headers, String body, List<FormPart> parts,
                              List<String> variables, List<String> notes) {
    public ImportedRequest {
        headers = List.copyOf(headers);
        parts = List.copyOf(parts);
        variables = List.copyOf(variables);
        notes = List.copyOf(notes);
    }

    public boolean isMultipart() {
        return !parts.isEmpty();
    }

    /** The request without its multipart parts (their bytes are only made when it is sent): for text exports. */
    public SentRequest request() {
        return new SentRequest(method, url, new Headers(headers), Body.ofText(body));
    }

    /** The value of the first header of that name, or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.hasName(name)).map(Header::value).findFirst().orElse(null);
    }
}
