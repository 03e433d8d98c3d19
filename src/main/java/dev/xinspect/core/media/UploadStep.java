package dev.xinspect.core.media;

import dev.xinspect.core.http.Exchange;

/** One call of an upload as it was made: its name ("initialize", "append 2", "STATUS 1", "Post") and the exchange. */
public record UploadStep(String name, Exchange exchange) {

    /** The response's status, or 0 when nothing came back. */
    public int status() {
        return exchange.receivedResponse().map(r -> r.status()).orElse(0);
    }

    public boolean succeeded() {
        return status() >= 200 && status() < 300;
    }
}
