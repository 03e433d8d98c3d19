package dev.xinspect.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * Sends a request with {@code java.net.http} and returns the exchange: the request as sent, the response with its
 * body decoded (gzip, deflate), timings. It never throws for network trouble: refused connections, DNS failures, TLS
 * failures and timeouts come back as an exchange with a {@link TransportFailure} in plain words. TLS is always
 * verified. Safe to call from any worker thread.
 */
public final class HttpSender {
    /** Headers {@code java.net.http} sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final HttpClient client;
    private final Duration responseTimeout;
    private final Clock clock;
    private final String userAgent;

    public HttpSender(HttpClient client, Duration responseTimeout, Clock clock, String userAgent) {
        this.client = client;
        this.responseTimeout = responseTimeout;
        this.clock = clock;
        this.userAgent = userAgent;
    }

    public static HttpClient defaultClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2).build();
    }

    public Exchange send(SentRequest request) {
        SentRequest sent = withDefaults(request);
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        HttpRequest httpRequest;
        try {
            httpRequest = build(sent);
        } catch (IllegalArgumentException | URISyntaxException e) {
            return failed(sent, TransportFailure.Kind.INVALID_URL, "The URL is not valid: " + messageOf(e), started);
        }
        try {
            HttpResponse<InputStream> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
            Duration toHeaders = Duration.ofNanos(System.nanoTime() - t0);
            byte[] raw;
            try (InputStream body = response.body()) {
                raw = body.readAllBytes();
            }
            Headers headers = headersOf(response);
            Body body = decode(raw, headers.first("content-encoding").orElse(""));
            String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
            ReceivedResponse received = new ReceivedResponse(response.statusCode(), "", version, headers, body);
            return new Exchange(sent, received, null, new Timings(toHeaders, Duration.ofNanos(System.nanoTime() - t0)), started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(sent, TransportFailure.Kind.CANCELLED, "The request was cancelled.", started);
        } catch (IOException e) {
            return new Exchange(sent, null, explain(e, httpRequest.uri()), null, started);
        }
    }

    private SentRequest withDefaults(SentRequest request) {
        Headers headers = request.headers();
        if (!headers.contains("user-agent")) {
            headers = headers.with("User-Agent", userAgent);
        }
        if (!headers.contains("accept-encoding")) {
            headers = headers.with("Accept-Encoding", "gzip, deflate");
        }
        return new SentRequest(request.method(), request.url().trim(), headers, request.body());
    }

    private HttpRequest build(SentRequest sent) throws URISyntaxException {
        URI uri = new URI(sent.url());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("use an http:// or https:// URL with a host");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(responseTimeout)
                .method(sent.method(), sent.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(sent.body().bytes()));
        for (Header header : sent.headers().list()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                builder.header(header.name(), header.value());
            }
        }
        return builder.build();
    }

    private static Headers headersOf(HttpResponse<?> response) {
        List<Header> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(value -> headers.add(new Header(name, value)));
            }
        });
        return new Headers(headers);
    }

    /** Decodes gzip or deflate; a body that says so but is not keeps its bytes (the diagnosis notes it). */
    static Body decode(byte[] raw, String encoding) {
        String coding = encoding.trim().toLowerCase(Locale.ROOT);
        if (raw.length == 0 || (!coding.equals("gzip") && !coding.equals("deflate"))) {
            return Body.ofBytes(raw);
        }
        try (InputStream in = coding.equals("gzip") ? new GZIPInputStream(new java.io.ByteArrayInputStream(raw))
                : new InflaterInputStream(new java.io.ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
            in.transferTo(out);
            return Body.ofBytes(out.toByteArray());
        } catch (IOException e) {
            return Body.ofBytes(raw);
        }
    }

    static TransportFailure explain(IOException e, URI uri) {
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        Throwable cause = e;
        while (cause.getCause() != null && cause != cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException
                    || cause instanceof ConnectException || cause instanceof SSLException) {
                break;
            }
            cause = cause.getCause();
        }
        String detail = messageOf(e);
        if (e instanceof HttpConnectTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.CONNECT_TIMEOUT, "Connecting to " + where + " timed out.", detail);
        }
        if (e instanceof HttpTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.RESPONSE_TIMEOUT, where + " accepted the connection but sent no "
                    + "response in time.", detail);
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return new TransportFailure(TransportFailure.Kind.DNS, "The host name " + uri.getHost() + " could not be resolved (DNS).", detail);
        }
        if (cause instanceof SSLException || e instanceof SSLException) {
            return new TransportFailure(TransportFailure.Kind.TLS, "The TLS handshake with " + where + " failed: the certificate "
                    + "could not be verified or the connection is not TLS. Verification stays on.", detail);
        }
        if (cause instanceof ConnectException || e instanceof ConnectException) {
            return new TransportFailure(TransportFailure.Kind.REFUSED, "Nothing is listening on " + where + " (connection refused).", detail);
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("reset")) {
            return new TransportFailure(TransportFailure.Kind.RESET, "The connection to " + where + " was reset.", detail);
        }
        if (lower.contains("eof") || lower.contains("closed") || lower.contains("header parser")) {
            return new TransportFailure(TransportFailure.Kind.TRUNCATED, where + " closed the connection before the response was complete.", detail);
        }
        return new TransportFailure(TransportFailure.Kind.OTHER, "The request to " + where + " failed: " + detail, detail);
    }

    private static Exchange failed(SentRequest sent, TransportFailure.Kind kind, String message, Instant started) {
        return new Exchange(sent, null, new TransportFailure(kind, message, ""), null, started);
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
