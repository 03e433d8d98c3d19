package dev.xinspect.core.format;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;

/** An exchange as HTTP-shaped text (request line, headers, blank line, body), as a workshop reads it on screen. */
public final class HttpText {
    private HttpText() {
    }

    public static String request(SentRequest request) {
        return request.method() + ' ' + request.url() + '\n' + headersAndBody(request.headers(), request.body());
    }

    public static String response(ReceivedResponse response) {
        String line = (response.httpVersion().isEmpty() ? "HTTP/1.1" : response.httpVersion()) + ' ' + response.status()
                + (response.reason().isEmpty() ? "" : " " + response.reason());
        return line + '\n' + headersAndBody(response.headers(), response.body());
    }

    /** Request, then response (or the transport failure), separated by a blank line. */
    public static String exchange(Exchange exchange) {
        String request = exchange.sentRequest().map(HttpText::request).orElse("");
        String answer = exchange.receivedResponse().map(HttpText::response)
                .orElseGet(() -> exchange.transportFailure().map(f -> f.message() + '\n').orElse(""));
        return request + (request.isEmpty() ? "" : "\n") + answer;
    }

    private static String headersAndBody(Headers headers, Body body) {
        StringBuilder text = new StringBuilder();
        headers.list().forEach(h -> text.append(h.name()).append(": ").append(h.value()).append('\n'));
        if (!body.isEmpty()) {
            text.append('\n').append(body.isText() ? body.text() : "(" + body.size() + " bytes of binary)").append('\n');
        }
        return text.toString();
    }
}
