package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain} redacts in every format unless {@code --reveal} is given, and then says so first. */
class ExplainRedactionTest {
    private static final String CODE = "c0deFromTheCallback8e2Kq";
    /** A HAR of two entries whose URLs carry an authorization code and a token. */
    private static final String HAR = """
            {"log":{"entries":[
             {"request":{"method":"GET","url":"http://127.0.0.1:8080/callback?state=s&code=%s","headers":[]},
              "response":{"status":302,"headers":[{"name":"Location","value":"/done?code=%s"}],"content":{"text":""}}},
             {"request":{"method":"GET","url":"https://api.x.com/2/users/me?access_token=%s","headers":[]},
              "response":{"status":401,"headers":[{"name":"x-transaction-id","value":"0a1b2c3d4e5f6a7b"}],
               "content":{"text":"{\\"title\\":\\"Unauthorized\\",\\"detail\\":\\"Token %s is not valid\\",\\"status\\":401}"}}}]}}"""
            .formatted(CODE, CODE, CODE, CODE);

    @Test
    void everyFormatIsRedactedByDefault(@TempDir Path dir) throws Exception {
        Path har = Files.writeString(dir.resolve("two.har"), HAR);

        for (String format : new String[] {"text", "json", "markdown"}) {
            CliRun run = new CliRun("explain", "--format", format, har.toString());
            assertEquals(0, run.exitCode, run.err());
            assertFalse(run.out().contains(CODE), format + ":\n" + run.out());
        }
        CliRun text = new CliRun("explain", har.toString());
        assertTrue(text.out().contains("Entry 1: GET http://127.0.0.1:8080/callback?state=s&code=redacted:authorization-code → 302"),
                text.out());
        new ObjectMapper().readTree(new CliRun("explain", "--format", "json", har.toString()).out());
    }

    @Test
    void revealShowsSecretsAndSaysSoOnTheFirstLine(@TempDir Path dir) throws Exception {
        Path har = Files.writeString(dir.resolve("two.har"), HAR);

        CliRun text = new CliRun("explain", "--reveal", har.toString());
        assertEquals(ExplainCommand.REVEALED, text.out().lines().findFirst().orElseThrow());
        assertTrue(text.out().contains(CODE));

        CliRun json = new CliRun("explain", "--reveal", "--format", "json", har.toString());
        assertEquals(ExplainCommand.REVEALED, json.err().lines().findFirst().orElseThrow());
        new ObjectMapper().readTree(json.out());
    }
}
