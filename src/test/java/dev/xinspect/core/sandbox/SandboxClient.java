package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Param;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Real HTTP to a sandbox on loopback, with each auth mode signed as a client would sign it. */
final class SandboxClient {
    private final Sandbox sandbox;
    private final Clock clock;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxClient(Sandbox sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
    }

    URI uri(String pathAndQuery) {
        return URI.create(sandbox.baseUri() + pathAndQuery);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> bearer(String method, String pathAndQuery, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> appOnly(String method, String pathAndQuery, String body, String... headers) throws IOException, InterruptedException {
        return bearer(method, pathAndQuery, sandbox.credentials().bearerToken(), body, headers);
    }

    /** Signed with the demo user's OAuth 1.0a token (or the read-only one). */
    HttpResponse<String> oauth1(String method, String pathAndQuery, String jsonBody, boolean readOnly, String... headers)
            throws IOException, InterruptedException {
        SandboxCredentials c = sandbox.credentials();
        Oauth1Credentials credentials = readOnly
                ? new Oauth1Credentials(c.consumerKey(), c.consumerSecret(), c.readOnlyAccessToken(), c.readOnlyAccessTokenSecret())
                : new Oauth1Credentials(c.consumerKey(), c.consumerSecret(), c.accessToken(), c.accessTokenSecret());
        return oauth1With(method, pathAndQuery, jsonBody, credentials, Map.of(), List.of(), clock.instant().getEpochSecond(), headers);
    }

    HttpResponse<String> oauth1With(String method, String pathAndQuery, String jsonBody, Oauth1Credentials credentials,
                                    Map<String, String> extra, List<Param> form, long timestamp, String... headers)
            throws IOException, InterruptedException {
        String url = uri(pathAndQuery).toString();
        String header = new Oauth1Signer().sign(new Oauth1Request(method, url, form, extra), credentials,
                UUID.randomUUID().toString().replace("-", ""), timestamp).authorizationHeader();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", header);
        if (!form.isEmpty()) {
            String body = String.join("&", form.stream().map(p -> p.name() + "=" + java.net.URLEncoder.encode(p.value(), StandardCharsets.UTF_8)).toList());
            request.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
            if (jsonBody != null) {
                request.header("Content-Type", "application/json");
            }
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> form(String path, String basicUser, String basicSecret, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (basicUser != null) {
            String pair = java.net.URLEncoder.encode(basicUser, StandardCharsets.UTF_8) + ":" + java.net.URLEncoder.encode(basicSecret, StandardCharsets.UTF_8);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }
}
