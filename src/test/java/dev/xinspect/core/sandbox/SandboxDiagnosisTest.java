package dev.xinspect.core.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a workshop sees: each scenario and error the sandbox reproduces, sent over HTTP and read by the diagnoser,
 * gives the status and the finding a real X response would.
 */
class SandboxDiagnosisTest {
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.withDefaults();
    private final MutableClock clock = running.clock();
    private final Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), clock, EndpointAuthModes.UNKNOWN, StandardHints.all());

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("normal", "GET", "/2/users/2244994945", 200, "none"),
                Arguments.of("normal", "GET", "/2/tweets?ids=20&foo=1", 400, "invalid-request"),
                Arguments.of("revoked-token", "OAUTH1", "/2/users/me", 401, "about:blank"),
                Arguments.of("credits-depleted", "GET", "/2/users/2244994945", 402, "credits-depleted"),
                Arguments.of("normal", "GET", "/2/users/me", 403, "unsupported-authentication"),
                Arguments.of("app-not-in-project", "GET", "/2/users/2244994945", 403, "client-forbidden"),
                Arguments.of("normal", "GET", "/2/nowhere", 404, "v1.1:34"),
                Arguments.of("normal", "GET", "/2/tweets/search/stream", 409, "streaming-connection"),
                Arguments.of("monthly-cap-reached", "GET", "/2/tweets/1460323737035677698", 429, "usage-capped"),
                Arguments.of("rate-limited", "GET", "/2/users/2244994945", 429, "about:blank"),
                Arguments.of("internal-error", "GET", "/2/users/2244994945", 500, "status:500"),
                Arguments.of("normal", "PATCH", "/2/users/2244994945", 501, "about:blank"),
                Arguments.of("server-overloaded", "GET", "/2/users/2244994945", 503, "status:503"),
                Arguments.of("normal", "GET", "/2/tweets/123", 200, "resource-not-found"),
                Arguments.of("normal", "GET", "/2/tweets/1500000000000000100", 200, "not-authorized-for-resource"),
                Arguments.of("normal", "GET", "/2/users/1600000000000000002", 200, "disallowed-resource"),
                Arguments.of("read-only-app", "OAUTH1_POST", "/2/tweets", 403, "about:blank"));
    }

    @ParameterizedTest(name = "{0} {2} → {3} {4}")
    @MethodSource("cases")
    void theSandboxReproducesTheStatusAndTheProblem(String scenario, String method, String path, int status, String type)
            throws Exception {
        HttpResponse<String> response = method.equals("OAUTH1")
                ? running.client().oauth1("GET", path, null, false, Scenarios.HEADER, scenario)
                : method.equals("OAUTH1_POST") ? running.client().oauth1("POST", path, "{\"text\":\"hi\"}", false, Scenarios.HEADER, scenario)
                : running.client().appOnly(method, path, method.equals("PATCH") ? "{}" : null, Scenarios.HEADER, scenario);

        Diagnosis diagnosis = diagnoser.diagnose(Exchange.ofResponse(toReceived(response)));

        assertEquals(status, response.statusCode(), response.body());
        List<String> types = diagnosis.findings().stream().map(Finding::type).toList();
        assertTrue(type.equals("none") ? types.isEmpty() : types.contains(type), types.toString());
    }

    static ReceivedResponse toReceived(HttpResponse<String> response) {
        List<Header> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new Header(name, v))));
        return new ReceivedResponse(response.statusCode(), "", "HTTP/1.1", new Headers(headers), Body.ofText(response.body()));
    }
}
