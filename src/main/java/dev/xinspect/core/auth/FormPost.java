package dev.xinspect.core.auth;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.TransportFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Sends one {@code application/x-www-form-urlencoded} POST to an OAuth endpoint and returns status and body; the
 * token, revoke and request-token calls all go through it. Transport failures become an {@link OAuthException}
 * naming the endpoint, never the body. An observer sees each call as an {@link Exchange} (with its secrets: whoever
 * shows it redacts it first), so a sign-in can be laid out step by step and diagnosed.
 */
public final class FormPost {
    /** The status and text of a response. */
    public record Reply(int status, String body) {
        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "Reply[status=" + status + ", body=" + body.length() + " chars]";
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Consumer<Exchange> observer;

    public FormPost(HttpClient http) {
        this(http, exchange -> { });
    }

    /** @param observer called on the calling thread after every answer (or transport failure), before it is read */
    public FormPost(HttpClient http, Consumer<Exchange> observer) {
        this.http = http;
        this.observer = observer;
    }

    /** Posts the form; {@code authorization} is the whole {@code Authorization} header value, or null for none. */
    public Reply post(URI endpoint, List<Param> form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String body = encode(form);
        Instant started = Instant.now();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            observer.accept(new Exchange(asSent(endpoint, authorization, body), received(response), null, null, started));
            return new Reply(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            throw observed(endpoint, authorization, body, started, TransportFailure.Kind.RESPONSE_TIMEOUT,
                    "No answer from " + endpoint + " within " + TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw observed(endpoint, authorization, body, started, TransportFailure.Kind.REFUSED,
                    "Could not connect to " + endpoint + " (connection refused or unreachable)");
        } catch (IOException e) {
            throw observed(endpoint, authorization, body, started, TransportFailure.Kind.OTHER,
                    "The exchange with " + endpoint + " failed (" + (e.getMessage() == null ? "the connection broke" : e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw observed(endpoint, authorization, body, started, TransportFailure.Kind.CANCELLED, "Cancelled while waiting for " + endpoint);
        }
    }

    private OAuthException observed(URI endpoint, String authorization, String body, Instant started,
                                    TransportFailure.Kind kind, String message) {
        observer.accept(new Exchange(asSent(endpoint, authorization, body), null, new TransportFailure(kind, message, ""), null, started));
        return OAuthException.failure(message);
    }

    private static SentRequest asSent(URI endpoint, String authorization, String body) {
        List<Header> headers = new ArrayList<>(List.of(new Header("Content-Type", "application/x-www-form-urlencoded"),
                new Header("Accept", "application/json")));
        if (authorization != null) {
            headers.add(new Header("Authorization", authorization));
        }
        return new SentRequest("POST", endpoint.toString(), new Headers(headers), Body.ofText(body));
    }

    private static ReceivedResponse received(HttpResponse<String> response) {
        List<Header> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(value -> headers.add(new Header(name, value)));
            }
        });
        String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        return new ReceivedResponse(response.statusCode(), "", version, new Headers(headers), Body.ofText(response.body()));
    }

    /** RFC 3986 encoding is also valid form encoding, and matches what the OAuth 1.0a signature covers. */
    public static String encode(List<Param> form) {
        return form.stream()
                .map(p -> PercentEncoding.encode(p.name()) + "=" + PercentEncoding.encode(p.value()))
                .collect(Collectors.joining("&"));
    }
}
