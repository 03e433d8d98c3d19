package dev.xinspect.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Downloads an OpenAPI spec ({@code https://api.x.com/2/openapi.json}, or the sandbox's) and checks that it reads
 * as a catalog. Only ever called on demand, never at start-up; the sender is built on the first fetch, so that
 * building the catalog loads no HTTP client. Blocking; call it from a worker thread.
 */
public final class SpecFetcher {
    private final Supplier<HttpSender> senderFactory;
    private final SpecReader reader;
    private final Clock clock;
    private HttpSender sender;

    public SpecFetcher(Supplier<HttpSender> senderFactory, SpecReader reader, Clock clock) {
        this.senderFactory = senderFactory;
        this.reader = reader;
        this.clock = clock;
    }

    private synchronized HttpSender sender() {
        if (sender == null) {
            sender = senderFactory.get();
        }
        return sender;
    }

    /** The document as fetched, and its catalog (source: the URL, fetched: now). */
    record Fetched(JsonNode document, Catalog catalog) {
    }

    Fetched fetch(URI uri) throws SpecFetchException {
        Instant now = clock.instant();
        Exchange exchange = sender().send(SentRequest.of("GET", uri.toString(), Headers.of("Accept", "application/json")));
        if (exchange.failure() != null) {
            throw new SpecFetchException("Could not fetch " + uri + ": " + exchange.failure().message());
        }
        ReceivedResponse response = exchange.response();
        if (response.status() != 200) {
            throw new SpecFetchException(uri + " answered " + response.status() + " instead of the spec.");
        }
        try {
            JsonNode document = reader.parse(response.body().text());
            return new Fetched(document, reader.read(document, uri.toString(), now));
        } catch (UnusableSpecException e) {
            throw new SpecFetchException(uri + " did not send a usable OpenAPI spec (" + e.reason() + ").");
        }
    }
}
