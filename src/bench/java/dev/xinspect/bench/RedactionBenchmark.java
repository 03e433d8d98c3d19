package dev.xinspect.bench;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.Redactor;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Redacting a 10 MB exchange (request with a Bearer header and a token in the query, a search response body with
 * secrets planted in JSON members and free text): the {@link Redactor}, which also matches secret shapes and names
 * in every encoding, against a plain {@code String.replace} of the known secret values, the least a redactor does.
 */
@State(Scope.Benchmark)
public class RedactionBenchmark {
    static final int MEGABYTES = 10;
    private static final String CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    private static final String MARKER = "[redacted]";

    private final Redactor redactor = new Redactor(List.of(BenchData.BEARER, CONSUMER_SECRET));
    private Exchange exchange;
    private String bodyText;

    @Setup
    public void generate() {
        String body = BenchData.searchResponse(MEGABYTES * 1024 * 1024);
        // Secrets a user pastes by mistake: a token member, a known value in a Post's text.
        body = body.replaceFirst("\"meta\":\\{", "\"meta\":{\"access_token\":\"" + BenchData.BEARER + "\",")
                .replaceFirst("hello", "hello " + CONSUMER_SECRET);
        bodyText = body;
        SentRequest request = SentRequest.of("GET", "https://api.x.com/2/tweets/search/recent?query=xinspect&access_token="
                + BenchData.BEARER, Headers.of("Authorization", "Bearer " + BenchData.BEARER, "User-Agent", "xinspect-bench"));
        exchange = Exchange.of(request, new ReceivedResponse(200, "OK", "HTTP/2",
                Headers.of("content-type", "application/json"), Body.ofText(body)));
        String redacted = redactor.redact(exchange).response().body().text();
        if (redacted.contains(BenchData.BEARER) || redacted.contains(CONSUMER_SECRET)) {
            throw new IllegalStateException("a planted secret survived redaction");
        }
    }

    @Benchmark
    public Exchange ours() {
        return redactor.redact(exchange);
    }

    @Benchmark
    public String stringReplace() {
        return bodyText.replace(BenchData.BEARER, MARKER).replace(CONSUMER_SECRET, MARKER);
    }
}
