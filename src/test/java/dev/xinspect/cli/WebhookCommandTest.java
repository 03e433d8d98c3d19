package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CliMain;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.webhook.CrcResponder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WebhookCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /** X's sample values (see CrcResponderTest), the secret read from an environment variable. */
    @Test
    void crcFromAnEnvironmentVariablePrintsXsResponseToken() {
        Map<String, String> env = Map.of("X_CONSUMER_SECRET", "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu");
        CommandLine crc = new CommandLine(new WebhookCrcCommand(new CrcResponder(), name -> Optional.empty(), env::get));

        assertEquals(0, run(crc, "--token", "9b4507b3-9040-4669-9ca3-6b94edb50553", "--consumer-secret-env", "X_CONSUMER_SECRET"));

        assertEquals("{\"response_token\":\"sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8=\"}", out.toString().strip());
    }

    @Test
    void crcWithTheSandboxProfileUsesItsConsumerSecret() {
        assertEquals(0, run(CliMain.commandLine(new CoreWiring(Clock.systemUTC(), ZoneOffset.UTC)),
                "webhook", "crc", "--token", "Message", "--profile", "Sandbox user: OAuth 1.0a"));

        assertEquals(new CrcResponder().responseBody("Message", SandboxCredentials.DEMO.consumerSecret()), out.toString().strip());
    }

    @Test
    void unsetVariableOrUnknownProfileIsOneLineAndExit2() {
        CommandLine crc = new CommandLine(new WebhookCrcCommand(new CrcResponder(), name -> Optional.empty(), name -> null));
        assertEquals(2, run(crc, "--token", "Message", "--consumer-secret-env", "NOPE"));
        assertEquals(2, run(crc, "--token", "Message", "--profile", "nobody"));

        assertEquals(2, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("NOPE is not set"));
        assertFalse(out.toString().contains("sha256"));
    }

    @Test
    void theSecretCannotBeGivenOnTheCommandLine() {
        CommandLine crc = new CommandLine(new WebhookCrcCommand(new CrcResponder(), name -> Optional.empty(), name -> null));
        assertEquals(2, run(crc, "--token", "Message", "--consumer-secret", "secret"));
        assertFalse(out.toString().contains("sha256"));
    }
}
