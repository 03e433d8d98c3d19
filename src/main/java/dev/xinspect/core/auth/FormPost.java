package dev.xinspect.core.auth;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sends one {@code application/x-www-form-urlencoded} POST to an OAuth endpoint and returns status and body; the
 * token, revoke and request-token calls all go through it. Transport failures become an {@link OAuthException}
 * naming the endpoint, never the body.
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

    public FormPost(HttpClient http) {
        this.http = http;
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
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            throw OAuthException.failure("No answer from " + endpoint + " within " + TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw OAuthException.failure("Could not connect to " + endpoint + " (connection refused or unreachable)");
        } catch (IOException e) {
            throw OAuthException.failure("The exchange with " + endpoint + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OAuthException.failure("Cancelled while waiting for " + endpoint);
        }
    }

    /** RFC 3986 encoding is also valid form encoding, and matches what the OAuth 1.0a signature covers. */
    public static String encode(List<Param> form) {
        return form.stream()
                .map(p -> PercentEncoding.encode(p.name()) + "=" + PercentEncoding.encode(p.value()))
                .collect(Collectors.joining("&"));
    }
}
