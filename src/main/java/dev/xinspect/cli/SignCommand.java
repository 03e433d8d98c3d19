package dev.xinspect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Oauth1Trace;
import dev.xinspect.core.auth.Param;
import dev.xinspect.core.json.JsonLimits;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code xinspect sign}: signs a request with OAuth 1.0a HMAC-SHA1 and prints every step of the signature. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a request with OAuth 1.0a (HMAC-SHA1, RFC 5849) and print every step.",
                "Form values are given decoded (as the user means them); JSON bodies are never signed, so leave them out."})
public final class SignCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--method", required = true, description = "HTTP method, e.g. POST")
    String method;
    @Option(names = "--url", required = true, description = "Full URL including any query string")
    String url;
    @Option(names = "--consumer-key", required = true, description = "API key (consumer key)")
    String consumerKey;
    @Option(names = "--consumer-secret", required = true, description = "API key secret (consumer secret)")
    String consumerSecret;
    @Option(names = "--token", description = "Access token (omit for oauth/request_token)")
    String token;
    @Option(names = "--token-secret", description = "Access token secret")
    String tokenSecret;
    @Option(names = "--nonce", description = "oauth_nonce to reproduce a signature (default: random)")
    String nonce;
    @Option(names = "--timestamp", description = "oauth_timestamp in seconds (default: now)")
    Long timestamp;
    @Option(names = "--form", paramLabel = "name=value", description = "A form body parameter, decoded; repeatable")
    List<String> form = new ArrayList<>();
    @Option(names = "--oauth", paramLabel = "name=value", description = "An extra protocol parameter such as oauth_callback=oob; repeatable")
    Map<String, String> extraOauth = new LinkedHashMap<>();
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    private final Clock clock;
    private final NonceSource nonces;

    public SignCommand() {
        this(Clock.systemUTC(), NonceSource.from(new SecureRandom()));
    }

    SignCommand(Clock clock, NonceSource nonces) {
        this.clock = clock;
        this.nonces = nonces;
    }

    @Override
    public Integer call() throws Exception {
        if ((token == null) != (tokenSecret == null)) {
            throw new ParameterException(spec.commandLine(), "--token and --token-secret go together");
        }
        Oauth1Trace trace;
        try {
            Oauth1Request request = new Oauth1Request(method, url, formParameters(), extraOauth);
            trace = new Oauth1Signer().sign(request, new Oauth1Credentials(consumerKey, consumerSecret, token, tokenSecret),
                    nonce != null ? nonce : nonces.next(), timestamp != null ? timestamp : clock.instant().getEpochSecond());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = TerminalText.out(spec);
        if (format == Format.json) {
            printJson(out, trace);
        } else {
            printText(out, trace);
        }
        out.flush();
        return 0;
    }

    private List<Param> formParameters() {
        List<Param> params = new ArrayList<>();
        for (String pair : form) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--form expects name=value, got a value without '='");
            }
            params.add(new Param(pair.substring(0, eq), pair.substring(eq + 1)));
        }
        return params;
    }

    private static void printText(PrintWriter out, Oauth1Trace trace) {
        out.println("1. Collected parameters (query, form body, oauth_*):");
        for (Param p : trace.collectedParameters()) {
            out.println("     " + p.name() + " = " + p.value());
        }
        out.println("2. Parameter string (RFC 3986-encoded, sorted):");
        out.println("     " + trace.parameterString());
        out.println("3. Signature base string:");
        out.println("     " + trace.baseString());
        out.println("4. Signing key:");
        out.println("     " + trace.maskedSigningKey());
        out.println("5. Signature (HMAC-SHA1, Base64):");
        out.println("     " + trace.signature());
        out.println("6. Authorization header:");
        out.println("     Authorization: " + trace.authorizationHeader());
    }

    private static void printJson(PrintWriter out, Oauth1Trace trace) throws Exception {
        ObjectMapper mapper = JsonLimits.mapper();
        ObjectNode node = mapper.createObjectNode();
        node.put("parameterString", trace.parameterString());
        node.put("baseString", trace.baseString());
        node.put("signature", trace.signature());
        node.put("authorizationHeader", trace.authorizationHeader());
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }
}
