package dev.xinspect.cli;

import dev.xinspect.core.auth.FormBody;
import dev.xinspect.core.auth.NonceLedger;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Verification;
import dev.xinspect.core.auth.Oauth1VerificationText;
import dev.xinspect.core.auth.Oauth1Verifier;
import dev.xinspect.core.auth.Param;
import dev.xinspect.core.auth.profile.CommandLineCredentials;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xinspect verify-oauth1}: checks a pasted OAuth 1.0a {@code Authorization} header and names what differs. */
@Command(name = "verify-oauth1", mixinStandardHelpOptions = true,
        description = {"Check an OAuth 1.0a Authorization header against the secrets: recompute the signature with the header's "
                + "own nonce and timestamp and name what differs (a base-string part, a parameter, an encoding, the timestamp "
                + "window, a reused nonce).",
                "The consumer secret and token secret come from --profile or from XINSPECT_CONSUMER_SECRET and "
                + "XINSPECT_ACCESS_TOKEN_SECRET, never from the command line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every header's signature matches", "1:a header differs (what differs is printed)",
                "2:no secrets, or a file that cannot be read"})
public final class VerifyOauth1Command implements Callable<Integer> {
    static final int DIFFERS = 1;
    static final int UNUSABLE = 2;

    private final CommandLineCredentials credentials;
    private final Oauth1Verifier verifier;

    @Spec
    CommandSpec spec;

    @Option(names = "--header", required = true, paramLabel = "'OAuth …'",
            description = "the Authorization header as sent (with or without 'Authorization:'); repeat to check several, "
                    + "and a nonce used twice is named")
    List<String> headers;

    @Option(names = "--method", required = true, paramLabel = "M", description = "HTTP method, e.g. POST")
    String method;

    @Option(names = "--url", required = true, paramLabel = "U", description = "the full URL as sent, query included")
    String url;

    @Option(names = "--body-file", paramLabel = "F",
            description = "the application/x-www-form-urlencoded body as sent (JSON bodies are not signed: leave them out)")
    Path bodyFile;

    @Option(names = "--base-string-file", paramLabel = "F",
            description = "the signature base string your client logged: the first part and parameter that differ are named")
    Path baseStringFile;

    @Option(names = "--profile", paramLabel = "NAME", description = "a saved profile (default: the XINSPECT_* environment variables)")
    String profile;

    /** @param verifier built with a {@link NonceLedger}, so repeated {@code --header}s show a reused nonce */
    public VerifyOauth1Command(CommandLineCredentials credentials, Oauth1Verifier verifier) {
        this.credentials = credentials;
        this.verifier = verifier;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "verify-oauth1");
        ProfileSecrets secrets;
        List<Param> form;
        String claimedBase;
        try {
            secrets = credentials.secrets(profile);
            form = bodyFile == null ? List.of() : FormBody.fromEncoded(Files.readString(bodyFile, StandardCharsets.UTF_8));
            claimedBase = baseStringFile == null ? null : Files.readString(baseStringFile, StandardCharsets.UTF_8);
        } catch (CredentialsUnavailableException | IOException | IllegalArgumentException e) {
            return console.fail(UNUSABLE, e.getMessage());
        }
        String consumerSecret = secrets.get(SecretField.CONSUMER_SECRET).orElse(null);
        if (consumerSecret == null) {
            return console.fail(UNUSABLE, "no consumer secret: name a profile with --profile or set XINSPECT_CONSUMER_SECRET "
                    + "(and XINSPECT_ACCESS_TOKEN_SECRET for a user-context request)");
        }
        PrintWriter out = console.out();
        boolean allMatch = true;
        for (int i = 0; i < headers.size(); i++) {
            Oauth1Verification result = verifier.verify(new Oauth1Request(method, url, form, Map.of()), headers.get(i),
                    consumerSecret, secrets.get(SecretField.ACCESS_TOKEN_SECRET).orElse(null), claimedBase);
            if (headers.size() > 1) {
                out.println("Header " + (i + 1) + ":");
            }
            print(out, result);
            allMatch &= result.signatureMatches();
        }
        out.flush();
        return allMatch ? 0 : DIFFERS;
    }

    private static void print(PrintWriter out, Oauth1Verification result) {
        Oauth1VerificationText.lines(result).forEach(line -> out.println("  " + TerminalText.printable(line, true)));
    }
}
