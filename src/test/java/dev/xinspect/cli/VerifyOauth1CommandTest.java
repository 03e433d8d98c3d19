package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CliFactory;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.auth.NonceLedger;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Oauth1Verifier;
import dev.xinspect.core.auth.Param;
import dev.xinspect.core.auth.profile.CommandLineCredentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code xinspect verify-oauth1} with X's documented OAuth 1.0a example ("Creating a signature"). */
class VerifyOauth1CommandTest {
    private static final Oauth1Credentials X = new Oauth1Credentials("xvz1evFS4wEEPTGEFPHBog",
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
    private static final String NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    private static final long TS = 1318622958L;
    private static final String URL = "https://api.x.com/1.1/statuses/update.json?include_entities=true";
    private static final List<Param> STATUS = List.of(new Param("status", "Hello Ladies + Gentlemen, a signed OAuth request!"));

    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, long now, String... args) {
        CoreWiring core = CoreWiring.forThisMachine();
        Clock clock = Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
        CommandLine cli = new CommandLine(new RootCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == VerifyOauth1Command.class ? type.cast(new VerifyOauth1Command(new CommandLineCredentials(
                        () -> { throw new AssertionError("no profile"); }, env, clock), new Oauth1Verifier(clock, new NonceLedger())))
                        : new CliFactory(core).create(type);
            }
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static final Map<String, String> SECRETS = Map.of("XINSPECT_CONSUMER_SECRET", X.consumerSecret(),
            "XINSPECT_ACCESS_TOKEN_SECRET", X.tokenSecret());

    private Path body() throws Exception {
        return Files.writeString(folder.resolve("body.txt"), "status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
    }

    private static String header(Oauth1Request request) {
        return "Authorization: " + new Oauth1Signer().sign(request, X, NONCE, TS).authorizationHeader();
    }

    @Test
    void xsWorkedExampleMatches() throws Exception {
        String header = header(new Oauth1Request("POST", URL, STATUS, Map.of()));
        assertTrue(header.contains("oauth_signature=\"Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D\""), header);

        assertEquals(0, run(SECRETS, TS + 30, "verify-oauth1", "--header", header, "--method", "POST", "--url", URL,
                "--body-file", body().toString()), err.toString());
        assertTrue(out.toString().contains("The signature matches."), out.toString());
        assertFalse(out.toString().contains(X.consumerSecret()) || out.toString().contains(X.tokenSecret()));
    }

    @Test
    void aBodyLeftOutOfTheSignatureIsNamed() throws Exception {
        String header = header(Oauth1Request.of("POST", URL));

        assertEquals(1, run(SECRETS, TS + 30, "verify-oauth1", "--header", header, "--method", "POST", "--url", URL,
                "--body-file", body().toString()));
        assertTrue(out.toString().contains("cause    The form body parameters were left out of the base string"), out.toString());
        assertTrue(out.toString().contains("first difference at \"Signature\""), out.toString());
    }

    @Test
    void theTimestampWindowAndAReusedNonceAreNamed() throws Exception {
        String header = header(new Oauth1Request("POST", URL, STATUS, Map.of()));

        assertEquals(1, run(SECRETS, TS + 3600, "verify-oauth1", "--header", header, "--header", header, "--method", "POST",
                "--url", URL, "--body-file", body().toString()));
        assertTrue(out.toString().contains("DIFFERS  Timestamp: Off by 1 h 0 min from this machine's clock"), out.toString());
        assertTrue(out.toString().contains("Header 2:"), out.toString());
        assertTrue(out.toString().contains("DIFFERS  Nonce: This oauth_nonce was already used"), out.toString());
    }

    @Test
    void aLoggedBaseStringNamesTheParameterThatDiffers() throws Exception {
        Oauth1Request request = new Oauth1Request("POST", URL, STATUS, Map.of());
        String logged = new Oauth1Signer().sign(request, X, NONCE, TS).baseString().replace("include_entities%3Dtrue%26", "");
        Path base = Files.writeString(folder.resolve("base.txt"), logged + "\n");

        assertEquals(1, run(SECRETS, TS + 30, "verify-oauth1", "--header", header(request), "--method", "POST", "--url", URL,
                "--body-file", body().toString(), "--base-string-file", base.toString()));
        assertTrue(out.toString().contains("DIFFERS  Base string: The parameter string lacks include_entities"), out.toString());
    }

    @Test
    void withoutSecretsItNamesTheVariablesAndNeverTakesThemAsArguments() {
        assertEquals(2, run(Map.of(), TS, "verify-oauth1", "--header", "OAuth oauth_nonce=\"n\"", "--method", "GET", "--url", URL));
        assertTrue(err.toString().contains("XINSPECT_CONSUMER_SECRET"), err.toString());
        assertEquals(2, run(SECRETS, TS, "verify-oauth1", "--consumer-secret", "x", "--header", "h", "--method", "GET", "--url", URL));
    }
}
