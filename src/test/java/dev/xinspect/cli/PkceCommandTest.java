package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import dev.xinspect.app.CliFactory;
import dev.xinspect.app.CoreWiring;
import picocli.CommandLine;

class PkceCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand(), new CliFactory(CoreWiring.forThisMachine()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void givenVerifierPrintsTheRfc7636Challenge() {
        assertEquals(0, run("pkce", "--verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), err.toString());
        assertTrue(out.toString().contains("code_challenge:        E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    @Test
    void withClientIdPrintsTheAuthorizeUrl() {
        assertEquals(0, run("pkce", "--verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "--client-id", "abc",
                "--scope", "tweet.read users.read", "--state", "st"), err.toString());
        assertTrue(out.toString().contains("authorize URL:         https://x.com/i/oauth2/authorize?response_type=code"
                + "&client_id=abc&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback&scope=tweet.read%20users.read"
                + "&state=st&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"), out.toString());
    }

    @Test
    void generatedVerifierIsValidAndPlainMethodEchoesIt() {
        assertEquals(0, run("pkce", "--method", "plain"), err.toString());
        String[] lines = out.toString().split("\\R");
        String verifier = lines[0].substring(lines[0].lastIndexOf(' ') + 1);
        assertEquals(43, verifier.length());
        assertTrue(lines[1].endsWith(verifier));
    }

    @Test
    void aTooShortVerifierIsAUsageError() {
        assertEquals(2, run("pkce", "--verifier", "short"));
        assertTrue(err.toString().contains("43 to 128"));
    }
}
