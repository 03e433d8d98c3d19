package dev.xinspect.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.sandbox.Scenario;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Diagnoses per second over real-shaped responses: what the embedded sandbox answers, in every workshop scenario,
 * to a handful of requests (successes, partial errors, problems, v1.1-style errors, HTML and plain-text 5xx, 402,
 * 409, 429). The baseline is Jackson's {@code readTree} of the same bodies: the parse every diagnosis starts with.
 */
@State(Scope.Benchmark)
public class DiagnosisBenchmark {
    private static final List<String> PATHS = List.of("/2/users/me", "/2/tweets/search/recent?query=xinspect",
            "/2/tweets?ids=20,1234", "/2/users/1600000000000000002", "/2/users/2244994945?foo=bar",
            "/2/tweets/search/stream", "/2/tweets/20");

    private final ObjectMapper mapper = new ObjectMapper();
    private Diagnoser diagnoser;
    private List<Exchange> exchanges;
    private int next;

    @Setup
    public void collect() throws IOException {
        diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN, StandardHints.all());
        exchanges = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
            HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(10),
                    Clock.systemUTC(), "xinspect-bench");
            for (Scenario scenario : sandbox.scenarios()) {
                for (String path : PATHS) {
                    exchanges.add(sender.send(SentRequest.of("GET", sandbox.baseUri() + path, Headers.of(
                            "Authorization", "Bearer " + sandbox.credentials().bearerToken(),
                            "X-Xinspect-Scenario", scenario.name()))));
                }
            }
        }
        if (exchanges.stream().anyMatch(e -> e.response() == null)) {
            throw new IllegalStateException("the sandbox did not answer every request");
        }
    }

    @Benchmark
    public Diagnosis ours() {
        Exchange exchange = exchanges.get(next++ % exchanges.size());
        return diagnoser.diagnose(exchange);
    }

    @Benchmark
    public Object readTreeOnly() {
        Exchange exchange = exchanges.get(next++ % exchanges.size());
        String body = exchange.response().body().text();
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return e; // an HTML or plain-text body: the diagnosis meets the same failed parse
        }
    }
}
