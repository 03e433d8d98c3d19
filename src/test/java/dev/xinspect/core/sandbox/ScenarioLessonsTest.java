package dev.xinspect.core.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.DiagnosisFormat;
import dev.xinspect.core.diagnosis.DiagnosisWriter;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.RateLimitText;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario's lesson against what the sandbox answers and what the diagnosis shows: each scenario in
 * scenarios.json names a request, the status, a finding, and a phrase its lesson promises and the diagnosis shows.
 */
class ScenarioLessonsTest {
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.with(options -> options.withStreamPace(Duration.ofMillis(60), Duration.ofMillis(20)));
    private final MutableClock clock = running.clock();
    private final Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), clock, EndpointAuthModes.UNKNOWN, StandardHints.all());
    private final DiagnosisWriter writer = new DiagnosisWriter(new RateLimitText(clock, ZoneOffset.UTC));

    static Stream<JsonNode> scenarios() throws Exception {
        try (InputStream in = Scenarios.class.getResourceAsStream("/dev/xinspect/sandbox/scenarios.json")) {
            List<JsonNode> all = new ArrayList<>();
            new ObjectMapper().readTree(in).path("scenarios").forEach(all::add);
            assertEquals(Scenarios.loadBundled().all().size(), all.size());
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theLessonShowsWhatItPromises(JsonNode scenario) throws Exception {
        String name = scenario.path("name").asText();
        JsonNode shows = scenario.path("shows");
        String lesson = scenario.path("lesson").asText();
        String phrase = shows.path("phrase").asText();
        assertTrue(lesson.contains(phrase), name + ": the lesson does not say \"" + phrase + "\"");

        String[] request = shows.path("request").asText().split(" ");
        String finding = shows.path("finding").asText();
        Shown shown = request[0].equals("STREAM") ? stream(name, request[1], finding.equals("none")) : answer(name, request);

        assertEquals(shows.path("status").asInt(), shown.status, name + ": " + shown.text);
        List<String> types = shown.diagnosis == null ? List.of() : shown.diagnosis.findings().stream().map(Finding::type).toList();
        assertTrue(finding.equals("none") ? types.isEmpty() : types.contains(finding), name + ": " + types);
        assertTrue(shown.text.contains(phrase), name + ": what is shown lacks \"" + phrase + "\":\n" + shown.text);
    }

    private record Shown(int status, Diagnosis diagnosis, String text) {
    }

    private Shown answer(String scenario, String[] request) throws Exception {
        HttpResponse<String> response = switch (request[0]) {
            case "OAUTH1" -> running.client().oauth1(request[1], request[2], null, false, Scenarios.HEADER, scenario);
            case "OAUTH1_POST" -> running.client().oauth1("POST", request[1], "{\"text\":\"hi\"}", false, Scenarios.HEADER, scenario);
            default -> running.client().appOnly(request[1], request[2], null, Scenarios.HEADER, scenario);
        };
        List<Header> sentHeaders = new ArrayList<>();
        response.request().headers().map().forEach((n, values) -> values.forEach(v -> sentHeaders.add(new Header(n, v))));
        SentRequest sent = new SentRequest(response.request().method(), response.request().uri().toString(), new Headers(sentHeaders),
                Body.EMPTY);
        Diagnosis diagnosis = diagnoser.diagnose(Exchange.of(sent, SandboxDiagnosisTest.toReceived(response)));
        StringBuilder headers = new StringBuilder();
        response.headers().map().forEach((n, values) -> values.forEach(v -> headers.append(n).append(": ").append(v).append('\n')));
        return new Shown(response.statusCode(), diagnosis, headers + writer.write(diagnosis, DiagnosisFormat.TEXT));
    }

    /** Reads the stream until its first message line (diagnosed) or, for a quiet stream, two keep-alives. */
    private Shown stream(String scenario, String path, boolean quiet) throws Exception {
        assertEquals(201, running.client().appOnly("POST", "/2/tweets/search/stream/rules", "{\"add\":[{\"value\":\"xinspect\"}]}").statusCode());
        HttpRequest.Builder request = HttpRequest.newBuilder(running.client().uri(path))
                .header("Authorization", "Bearer " + running.sandbox().credentials().bearerToken()).header(Scenarios.HEADER, scenario);
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            int keepAlives = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() && ++keepAlives >= 2 && quiet) {
                    return new Shown(response.statusCode(), null, "keep-alive lines: " + keepAlives);
                }
                if (!line.isBlank() && !line.startsWith("{\"data\"")) {
                    Diagnosis diagnosis = diagnoser.diagnose(new dev.xinspect.core.http.ExchangeReader().read(line).get(0));
                    return new Shown(response.statusCode(), diagnosis, writer.write(diagnosis, DiagnosisFormat.TEXT));
                }
            }
        }
        return new Shown(response.statusCode(), null, "the stream ended without a message");
    }
}
