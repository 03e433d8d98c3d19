package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CliMain;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.sandbox.SandboxCredentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import dev.xinspect.core.auth.secret.FileSecretStore;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workspace.Environment;
import dev.xinspect.core.workspace.EnvironmentVariable;
import dev.xinspect.core.workspace.WorkspaceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code xinspect send} against the embedded sandbox, which it starts itself for a URL that is a path. */
class SendCommandTest {
    private static final String OAUTH1 = "Sandbox user: OAuth 1.0a";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CliMain.commandLine(new CoreWiring(Clock.systemUTC(), ZoneOffset.UTC));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void signedOauth1RequestToTheSandboxPrintsTheResponseAsCurlIDoesAndExits0() {
        assertEquals(0, run("send", "GET", "/2/users/me", "--profile", OAUTH1), err.toString());

        String printed = out.toString();
        assertTrue(printed.startsWith("HTTP/1.1 200"), printed);
        assertTrue(printed.contains("\nx-access-level: read-write\n"), printed);
        assertTrue(printed.contains("\"id\":\"" + SandboxCredentials.DEMO.userId() + "\""), printed);
        assertFalse(printed.contains(SandboxCredentials.DEMO.accessToken()), "the request's credentials are never printed");
    }

    @Test
    void jsonBodyIsSentUnsignedAsTheWindowSendsIt() {
        assertEquals(0, run("send", "POST", "{{baseUrl}}/2/tweets", "--profile", OAUTH1, "-d", "{\"text\":\"hello from send\"}"),
                err.toString());

        assertTrue(out.toString().startsWith("HTTP/1.1 201"), out.toString());
        assertTrue(out.toString().contains("hello from send"));
    }

    @Test
    void errorResponseExits1AndExplainPrintsTheDiagnosisUnderIt() {
        // The sandbox App's default identity is app-only; /2/users/me needs a user.
        assertEquals(1, run("send", "GET", "/2/users/me", "--explain"));

        String printed = out.toString();
        assertTrue(printed.startsWith("HTTP/1.1 403"), printed);
        int diagnosis = printed.indexOf("unsupported-authentication", printed.indexOf("\n\n{"));
        assertTrue(diagnosis > 0, printed);
        assertTrue(printed.contains("\n403 Forbidden\n"), printed);
    }

    @Test
    void refusedConnectionExits2WithOneLineOnStderr() {
        assertEquals(2, run("send", "GET", "http://127.0.0.1:1/2/users/me", "--no-auth"));

        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("xinspect send: "), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void unknownVariableOrProfileExits2() {
        assertEquals(2, run("send", "GET", "{{nope}}/2/users/me"));
        assertEquals(2, run("send", "GET", "/2/users/me", "--profile", "nobody"));

        assertTrue(err.toString().contains("nope"), err.toString());
        assertTrue(err.toString().contains("no profile named nobody"), err.toString());
    }

    /** The environment's variables fill {{…}} and its profile signs, as choosing it in the window does. */
    @Test
    void environmentVariablesAndItsProfileAreUsed(@TempDir Path dir) throws Exception {
        Path workspace = Path.of(System.getProperty("xinspect.config.dir")).resolve("workspace");
        String name = "send-test-" + System.nanoTime();
        try (WorkspaceStore store = new WorkspaceStore(workspace, new FileSecretStore(dir.resolve("secrets.json")),
                new LiteralSecrets(Redactor.withoutKnownSecrets()), Clock.systemUTC(), Duration.ofSeconds(10))) {
            store.saveEnvironment(new Environment(name, List.of(new EnvironmentVariable("me", "/2/users/me", false)), OAUTH1), null);
            try {
                assertEquals(0, run("send", "GET", "{{baseUrl}}{{me}}", "--env", name), err.toString());
                assertTrue(out.toString().startsWith("HTTP/1.1 200"), out.toString());
            } finally {
                store.deleteEnvironment(name);
            }
        }
        assertEquals(2, run("send", "GET", "/2/users/me", "--env", name));
        assertTrue(err.toString().contains("no environment named " + name), err.toString());
    }

    @Test
    void bodyFromAFile(@TempDir Path dir) throws Exception {
        Path body = Files.writeString(dir.resolve("post.json"), "{\"text\":\"from a file\"}");

        assertEquals(0, run("send", "POST", "/2/tweets", "--profile", OAUTH1, "-d", "@" + body));

        assertTrue(out.toString().contains("from a file"), out.toString());
    }
}
