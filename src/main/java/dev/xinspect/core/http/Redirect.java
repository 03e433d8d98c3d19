package dev.xinspect.core.http;

import java.util.List;
import java.util.Objects;

/**
 * One redirect the sender followed: the request that got the 3xx ({@code method} {@code url}), its {@code status}
 * and {@code Location} as sent, and the request made next ({@code nextMethod} {@code nextUrl}, the Location resolved
 * against {@code url}). {@code notes} are plain sentences about what changed on the way (a body dropped, credentials
 * not sent to another host, an OAuth 1.0a signature that covered the first URL only).
 */
public record Redirect(String method, String url, int status, String location, String nextMethod, String nextUrl,
                       List<String> notes) {
    public Redirect {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        location = location == null ? "" : location;
        Objects.requireNonNull(nextMethod, "nextMethod");
        Objects.requireNonNull(nextUrl, "nextUrl");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
