package dev.xinspect.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Sends a request with {@code java.net.http} and returns the exchange: the request as sent, the response with its
 * body decoded (gzip, deflate), timings, and every redirect followed. It never throws for network trouble: refused
 * connections, DNS and TLS failures, timeouts, a body that stalls (our own idle watchdog), resets and truncated
 * bodies come back as an exchange with a {@link TransportFailure} in plain words. TLS is always verified. Redirects
 * are followed here, not by the client, so that each hop is recorded and credentials never leave the first origin.
 * Safe to call from any worker thread; a call blocks that thread until the exchange is complete.
 */
public final class HttpSender {
    /** Hops followed before giving up: more than an API chain needs; the Fetch standard (§4.4) stops at 20. */
    public static final int MAX_REDIRECTS = 10;
    /** The most a compressed body is decoded to: a body this size is already past every gate of the window. */
    static final int MAX_DECODED_BYTES = 256 * 1024 * 1024;
    /** Headers {@code java.net.http} sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final HttpClient client;
    private final Duration responseTimeout;
    private final Duration bodyIdleTimeout;
    private final boolean followRedirects;
    private final Clock clock;
    private final String userAgent;

    /** A sender that follows redirects and gives up on a body after {@code responseTimeout} without a byte. */
    public HttpSender(HttpClient client, Duration responseTimeout, Clock clock, String userAgent) {
        this(client, responseTimeout, responseTimeout, true, clock, userAgent);
    }

    /**
     * @param client must not follow redirects itself ({@link #defaultClient} builds one)
     * @param responseTimeout the longest wait for the response headers
     * @param bodyIdleTimeout the longest silence while the body arrives; a slow body that keeps coming is never cut
     * @param followRedirects false: a 3xx is the response
     */
    public HttpSender(HttpClient client, Duration responseTimeout, Duration bodyIdleTimeout, boolean followRedirects,
                      Clock clock, String userAgent) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the client must not follow redirects: HttpSender follows and records them");
        }
        this.client = client;
        this.responseTimeout = responseTimeout;
        this.bodyIdleTimeout = bodyIdleTimeout;
        this.followRedirects = followRedirects;
        this.clock = clock;
        this.userAgent = userAgent;
    }

    public static HttpClient defaultClient(Duration connectTimeout) {
        return clientBuilder(connectTimeout).build();
    }

    /**
     * The client settings the sender expects: HTTP/2 preferred (ALPN on https; the JDK falls back to HTTP/1.1 by
     * itself), redirects left to the sender, the JDK's default TLS verification.
     */
    public static HttpClient.Builder clientBuilder(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2);
    }

    public Exchange send(SentRequest request) {
        SentRequest first = withDefaults(request);
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<Redirect> hops = new ArrayList<>();
        Set<String> requested = new HashSet<>();
        SentRequest current = first;
        while (true) {
            HttpRequest httpRequest;
            try {
                httpRequest = build(current);
            } catch (InvalidRequestException e) {
                return new Exchange(current, null, new TransportFailure(TransportFailure.Kind.INVALID_URL,
                        e.getMessage(), ""), null, started, hops);
            }
            requested.add(current.method() + " " + httpRequest.uri());
            Answer answer = exchangeOnce(httpRequest, t0);
            if (answer.failure() != null) {
                return new Exchange(current, null, answer.failure(), answer.timings(), started, hops);
            }
            ReceivedResponse response = answer.response();
            Optional<RedirectRules.Followed> next = followRedirects
                    ? RedirectRules.follow(first, current, response.status(), response.headers().first("location"))
                    : Optional.empty();
            if (next.isEmpty()) {
                return new Exchange(current, response, null, answer.timings(), started, hops);
            }
            Redirect hop = next.get().hop();
            SentRequest following = next.get().request();
            if (requested.contains(following.method() + " " + following.url())) {
                hops.add(hop);
                return new Exchange(current, null, new TransportFailure(TransportFailure.Kind.TOO_MANY_REDIRECTS,
                        "The redirects loop back to " + following.method() + " " + RedirectRules.withoutQuery(following.url())
                                + ", which was already requested, so xinspect stopped after " + hops.size() + " hop"
                                + (hops.size() == 1 ? "" : "s") + ".", ""), answer.timings(), started, hops);
            }
            if (hops.size() == MAX_REDIRECTS) {
                return new Exchange(current, null, new TransportFailure(TransportFailure.Kind.TOO_MANY_REDIRECTS,
                        "The server redirected more than " + MAX_REDIRECTS + " times (the last " + response.status()
                                + " pointed to " + RedirectRules.withoutQuery(following.url()) + "), so xinspect stopped.", ""),
                        answer.timings(), started, hops);
            }
            hops.add(hop);
            current = following;
        }
    }

    /** What one request brought back: a response, or a failure; timings count from {@code t0}. */
    private record Answer(ReceivedResponse response, TransportFailure failure, Timings timings) {
    }

    private Answer exchangeOnce(HttpRequest httpRequest, long t0) {
        URI uri = httpRequest.uri();
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        try {
            response = client.send(httpRequest, HttpResponse.BodyHandlers.ofPublisher());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, cancelled(), new Timings(null, since(t0)));
        } catch (IOException e) {
            return new Answer(null, TransportFailures.explain(e, uri), new Timings(null, since(t0)));
        }
        Duration toHeaders = since(t0);
        Headers headers = headersOf(response);
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        BodyCollector collector = new BodyCollector(declared);
        response.body().subscribe(collector);
        Body raw;
        try {
            raw = collector.read(bodyIdleTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, cancelled(), new Timings(toHeaders, since(t0)));
        } catch (IOException e) {
            return new Answer(null, TransportFailures.explainBody(e, uri, collector.received(), declared),
                    new Timings(toHeaders, since(t0)));
        }
        Timings timings = new Timings(toHeaders, since(t0));
        Body body = decode(raw, headers.first("content-encoding").orElse(""));
        String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        return new Answer(new ReceivedResponse(response.statusCode(), "", version, headers, body), null, timings);
    }

    private static TransportFailure cancelled() {
        return new TransportFailure(TransportFailure.Kind.CANCELLED, "The request was cancelled.", "");
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
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

    /**
     * The JDK request for {@code sent}. Its messages never quote the URL or a header value: either may hold a
     * credential.
     */
    private HttpRequest build(SentRequest sent) throws InvalidRequestException {
        URI uri;
        try {
            uri = new URI(sent.url());
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("The URL is not valid: " + e.getReason().toLowerCase(Locale.ROOT)
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidRequestException("The URL is not valid: use an http:// or https:// URL with a host.");
        }
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(uri).timeout(responseTimeout)
                    .method(sent.method(), sent.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(sent.body().bytes()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("The method " + sent.method() + " cannot be sent: use a single word such as GET.");
        }
        for (Header header : sent.headers().list()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                try {
                    builder.header(header.name(), header.value());
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("The header " + header.name().strip() + " cannot be sent: its name "
                            + "or value holds a character HTTP does not allow, such as a line break.");
                }
            }
        }
        return builder.build();
    }

    /** The request cannot be built; the message is one plain sentence without the URL's query or any header value. */
    private static final class InvalidRequestException extends Exception {
        InvalidRequestException(String message) {
            super(message);
        }
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

    /**
     * Decodes gzip or deflate; a body that says so but is not keeps its bytes (the diagnosis notes it). "deflate" is
     * zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw deflate, so that is tried second, as browsers do.
     */
    static Body decode(Body raw, String encoding) {
        String coding = encoding.trim().toLowerCase(Locale.ROOT);
        if (raw.isEmpty() || (!coding.equals("gzip") && !coding.equals("deflate"))) {
            return raw;
        }
        if (coding.equals("gzip")) {
            return inflate(raw, () -> new GZIPInputStream(raw.stream())).orElse(raw);
        }
        return inflate(raw, () -> new InflaterInputStream(raw.stream()))
                .or(() -> inflate(raw, () -> new InflaterInputStream(raw.stream(), new Inflater(true))))
                .orElse(raw);
    }

    private interface StreamOpener {
        InputStream open() throws IOException;
    }

    /**
     * Decodes up to {@link #MAX_DECODED_BYTES}, into slices; a body that inflates past it (a gzip bomb: 1 MB can
     * hold 1 GB of zeros) is kept compressed, as it came, instead of filling the memory.
     */
    private static Optional<Body> inflate(Body raw, StreamOpener opener) {
        try (InputStream in = opener.open()) {
            Slicer out = new Slicer(Body.SLICE_BYTES, Math.min(MAX_DECODED_BYTES, raw.size() * 4L));
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > MAX_DECODED_BYTES) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
            }
            return Optional.of(out.finish());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
