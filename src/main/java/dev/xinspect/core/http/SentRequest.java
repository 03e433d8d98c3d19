package dev.xinspect.core.http;

import java.util.Objects;

/**
 * A request exactly as it went on the wire (or as an imported file says it did): final URL, every header
 * including a computed {@code Authorization}, and the body. The URL is kept as text because imported files
 * may hold URLs {@link java.net.URI} rejects.
 */
public record SentRequest(String method, String url, Headers headers, Body body) {
    public SentRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = headers == null ? Headers.EMPTY : headers;
        body = body == null ? Body.EMPTY : body;
    }

    public static SentRequest of(String method, String url, Headers headers) {
        return new SentRequest(method, url, headers, Body.EMPTY);
    }
}
