package dev.xinspect.core.http;

/**
 * A response as it arrived: status line, headers in order, body bytes (already decoded from gzip/deflate).
 * {@code reason} and {@code httpVersion} may be empty: HTTP/2 has no reason phrase and pasted bodies have neither.
 */
public record ReceivedResponse(int status, String reason, String httpVersion, Headers headers, Body body) {
    public ReceivedResponse {
        reason = reason == null ? "" : reason;
        httpVersion = httpVersion == null ? "" : httpVersion;
        headers = headers == null ? Headers.EMPTY : headers;
        body = body == null ? Body.EMPTY : body;
    }

    public static ReceivedResponse of(int status, Headers headers, String body) {
        return new ReceivedResponse(status, "", "HTTP/1.1", headers, Body.ofText(body));
    }

    /** The media type without parameters, lower case ({@code application/problem+json}), or empty. */
    public String mediaType() {
        return headers.first("content-type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
    }
}
