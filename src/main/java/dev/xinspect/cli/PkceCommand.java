package dev.xinspect.cli;

import dev.xinspect.core.auth.oauth2.AuthorizeUrl;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.oauth2.StateToken;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code xinspect pkce}: prints a PKCE verifier, its challenge and, given a client id, the authorize URL. */
@Command(name = "pkce", mixinStandardHelpOptions = true,
        description = "Make a PKCE code verifier and challenge (RFC 7636) and the X authorize URL.")
public final class PkceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--verifier", description = "Use this code verifier (default: 32 random bytes, 43 characters)")
    String verifier;
    @Option(names = "--method", defaultValue = "S256", description = "S256 or plain (default: ${DEFAULT-VALUE})")
    String methodName;
    @Option(names = "--client-id", description = "OAuth 2.0 client ID; with it the authorize URL is printed")
    String clientId;
    @Option(names = "--redirect-uri", defaultValue = "http://localhost:8080/callback",
            description = "Callback URL registered for the app (default: ${DEFAULT-VALUE})")
    String redirectUri;
    @Option(names = "--scope", defaultValue = "tweet.read users.read offline.access",
            description = "Space-separated scopes (default: ${DEFAULT-VALUE})")
    String scope;
    @Option(names = "--state", description = "state value (default: random)")
    String state;

    private final RandomGenerator random;

    public PkceCommand() {
        this(new SecureRandom());
    }

    PkceCommand(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public Integer call() {
        Pkce.Method method = switch (methodName.toUpperCase(Locale.ROOT)) {
            case "S256" -> Pkce.Method.S256;
            case "PLAIN" -> Pkce.Method.PLAIN;
            default -> throw new ParameterException(spec.commandLine(), "--method is S256 or plain");
        };
        String codeVerifier = verifier != null ? verifier : Pkce.newVerifier(random);
        String challenge;
        try {
            challenge = Pkce.challenge(codeVerifier, method);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = TerminalText.out(spec);
        out.println("code_verifier:         " + codeVerifier);
        out.println("code_challenge:        " + challenge);
        out.println("code_challenge_method: " + method.wireName());
        if (clientId != null) {
            List<String> scopes = Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            String stateValue = state != null ? state : StateToken.generate(random);
            AuthorizeUrl url = new AuthorizeUrl(OAuthEndpoints.x().oauth2Authorize(), clientId, redirectUri, scopes,
                    stateValue, challenge, method);
            out.println("state:                 " + stateValue);
            out.println("authorize URL:         " + url.toUri());
        }
        out.flush();
        return 0;
    }
}
