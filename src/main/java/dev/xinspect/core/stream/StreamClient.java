package dev.xinspect.core.stream;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.TransportFailure;
import dev.xinspect.core.http.TransportFailures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Opens a streaming endpoint. A 200 becomes a live {@link StreamConnection}; anything else (409 without rules, 429
 * {@code TooManyConnections}, a network failure) comes back as an exchange for the diagnosis, body read in full.
 */
public final class StreamClient {
    private final HttpClient http;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public StreamClient(HttpClient http, Clock clock, ScheduledExecutorService scheduler) {
        this.http = http;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    public StreamOpening open(SentRequest request, StreamOptions options, Consumer<StreamEvent> listener) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofSeconds(30)).GET();
        request.headers().list().forEach(h -> builder.header(h.name(), h.value()));
        HttpResponse<InputStream> response;
        try {
            // The timeout covers the wait for headers only; the idle watchdog covers the body.
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return new StreamOpening.Refused(Exchange.failed(request, TransportFailures.explain(e, URI.create(request.url()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StreamOpening.Refused(Exchange.failed(request, new TransportFailure(TransportFailure.Kind.CANCELLED,
                    "Cancelled.", "")));
        }
        Headers headers = headersOf(response);
        if (response.statusCode() != 200) {
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(1024 * 1024);
            } catch (IOException e) {
                body = new byte[0];
            }
            return new StreamOpening.Refused(Exchange.of(request,
                    new ReceivedResponse(response.statusCode(), "", "HTTP/1.1", headers, Body.ofBytes(body))));
        }
        StreamConnection connection = new StreamConnection(response.body(), clock, options, listener);
        connection.start(scheduler);
        return new StreamOpening.Opened(connection);
    }

    private static Headers headersOf(HttpResponse<?> response) {
        List<Header> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new Header(name, v))));
        return new Headers(headers);
    }
}
