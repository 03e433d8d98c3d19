package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.auth.profile.CommandLineCredentials;
import dev.xinspect.core.auth.profile.ProfileBook;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code xinspect stream} against the sandbox: Posts on stdout, events on stderr, X's reconnect schedule, exit codes. */
class StreamCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private int run(String... args) {
        CoreWiring core = CoreWiring.forThisMachine();
        CommandLineCredentials env = new CommandLineCredentials(() -> { throw new AssertionError("no profile"); },
                Map.of("XINSPECT_BEARER_TOKEN", sandbox.credentials().bearerToken()), Clock.systemUTC());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == StreamCommand.class
                        ? type.cast(new StreamCommand(env, core.diagnoser(), core.diagnosisWriter(), Clock.systemUTC()))
                        : new dev.xinspect.app.CliFactory(core).create(type);
            }
        };
        CommandLine cli = new CommandLine(new RootCommand(), factory);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void start(String scenario) throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario(scenario)
                .withStreamPace(Duration.ofMillis(100), Duration.ofMillis(40)));
    }

    private void addRule(String value) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUri() + "/2/tweets/search/stream/rules"))
                .header("Authorization", "Bearer " + sandbox.credentials().bearerToken()).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"add\":[{\"value\":\"" + value + "\"}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
    }

    @Test
    void postsGoToStdoutAndTheDisconnectAndXsReconnectScheduleToStderr() throws Exception {
        start("operational-disconnect");
        addRule("xinspect");

        assertEquals(0, run("stream", sandbox.baseUri() + "/2/tweets/search/stream", "--duration", "1.5", "--max-reconnects", "20"),
                err.toString());

        List<String> posts = out.toString().lines().toList();
        assertTrue(posts.size() >= 5, out.toString());
        for (String line : posts) {
            JsonNode post = new ObjectMapper().readTree(line);
            assertTrue(post.path("data").path("id").isTextual(), line);
        }
        List<String> events = err.toString().lines().toList();
        assertEquals("connected", events.get(0));
        assertTrue(events.contains("disconnect: operational-disconnect (OperationalDisconnect): "
                + "This stream has been disconnected for operational reasons."), err.toString());
        assertTrue(events.stream().anyMatch(e -> e.startsWith("reconnect scheduled in 0 ms (attempt 1, after: operational-disconnect "
                + "(OperationalDisconnect); rule: X: reconnect at once when an established connection drops)")), err.toString());
        assertTrue(events.stream().anyMatch(e -> e.contains("rule: X: back off linearly on network errors")), err.toString());
        assertTrue(err.toString().contains("operational-disconnect"), "the final diagnosis names it");
        assertTrue(err.toString().contains("stream-connection"), err.toString());
    }

    @Test
    void keepAlivesAreEventsNotPosts() throws Exception {
        start("slow-trickle");
        addRule("xinspect");

        assertEquals(0, run("stream", sandbox.baseUri() + "/2/tweets/search/stream", "--duration", "0.5"), err.toString());

        assertTrue(err.toString().lines().anyMatch("keep-alive"::equals), err.toString());
        assertTrue(out.toString().lines().noneMatch(String::isBlank), out.toString());
    }

    @Test
    void aStreamWithoutRulesIsRefusedWithExitOneAndTheDiagnosis() throws Exception {
        start("normal");

        assertEquals(1, run("stream", sandbox.baseUri() + "/2/tweets/search/stream", "--duration", "5"));

        assertEquals("", out.toString());
        assertTrue(err.toString().contains("refused: HTTP 409"), err.toString());
        assertTrue(err.toString().contains("409"), err.toString());
        assertTrue(err.toString().contains("diagnosis of the last answer:"), err.toString());
    }

    @Test
    void withoutCredentialsItSaysWhichVariablesToSet() throws Exception {
        start("normal");
        CommandLine cli = new CommandLine(new RootCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                CoreWiring core = CoreWiring.forThisMachine();
                return type == StreamCommand.class ? type.cast(new StreamCommand(new CommandLineCredentials(
                        () -> (ProfileBook) null, Map.of(), Clock.systemUTC()), core.diagnoser(), core.diagnosisWriter(),
                        Clock.system(ZoneOffset.UTC))) : new dev.xinspect.app.CliFactory(core).create(type);
            }
        });
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("stream", sandbox.baseUri() + "/2/tweets/search/stream"));
        assertTrue(err.toString().contains("XINSPECT_BEARER_TOKEN"), err.toString());
    }
}
