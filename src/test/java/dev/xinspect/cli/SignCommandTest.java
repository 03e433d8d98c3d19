package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import dev.xinspect.app.CliFactory;
import dev.xinspect.app.CoreWiring;
import picocli.CommandLine;

class SignCommandTest {
    private static final String[] X_EXAMPLE = {"sign", "--method", "POST",
            "--url", "https://api.x.com/1.1/statuses/update.json?include_entities=true",
            "--consumer-key", "xvz1evFS4wEEPTGEFPHBog", "--consumer-secret", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
            "--token", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "--token-secret", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
            "--nonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", "--timestamp", "1318622958",
            "--form", "status=Hello Ladies + Gentlemen, a signed OAuth request!"};

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine.IFactory factory, String... args) {
        CommandLine cli = new CommandLine(new RootCommand(), new CliFactory(CoreWiring.forThisMachine(), factory));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    @Test
    void jsonFormatPrintsTheXWorkedExampleSignature() throws Exception {
        String[] args = java.util.Arrays.copyOf(X_EXAMPLE, X_EXAMPLE.length + 2);
        args[X_EXAMPLE.length] = "--format";
        args[X_EXAMPLE.length + 1] = "json";
        assertEquals(0, run(args), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", json.get("signature").asText());
        assertTrue(json.get("baseString").asText().startsWith("POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&"));
        assertTrue(json.get("authorizationHeader").asText().contains("oauth_signature=\"Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D\""));
        assertTrue(json.get("parameterString").asText().endsWith("status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21"));
    }

    @Test
    void textFormatShowsEveryStepButMasksTheSigningKey() {
        assertEquals(0, run(X_EXAMPLE), err.toString());
        String text = out.toString();
        assertTrue(text.contains("Signature base string"));
        assertTrue(text.contains("<consumer secret, 43 chars>&<token secret, 41 chars>"));
        assertFalse(text.contains("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"));
        assertFalse(text.contains("LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"));
    }

    @Test
    void withoutNonceAndTimestampUsesTheInjectedClockAndNonces() throws Exception {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1318622958L), ZoneOffset.UTC);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == SignCommand.class ? cls.cast(new SignCommand(clock, () -> "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        String[] args = java.util.Arrays.stream(X_EXAMPLE)
                .filter(a -> !a.equals("--nonce") && !a.equals("--timestamp") && !a.equals("1318622958")
                        && !a.equals("kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg")).toArray(String[]::new);
        assertEquals(0, run(factory, args), err.toString());
        assertTrue(out.toString().contains("Ls93hJiZbQ3akF3HF3x1Bz8/zU4="));
    }

    @Test
    void aTokenWithoutItsSecretIsAUsageError() {
        assertEquals(2, run("sign", "--method", "GET", "--url", "https://api.x.com/2/users/me",
                "--consumer-key", "k", "--consumer-secret", "s", "--token", "t"));
        assertTrue(err.toString().contains("--token and --token-secret go together"));
    }

    @Test
    void anInvalidUrlIsAUsageErrorNotAStackTrace() {
        assertEquals(2, run("sign", "--method", "GET", "--url", "not a url", "--consumer-key", "k", "--consumer-secret", "s"));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
