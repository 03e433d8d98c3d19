package dev.xinspect.cli;

import dev.xinspect.core.webhook.CrcResponder;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xinspect webhook crc --token T}: prints the JSON X expects back from a CRC. The consumer secret comes from a
 * saved profile or an environment variable, never from the command line (it would land in shell history and in
 * {@code ps}).
 */
@Command(name = "crc", mixinStandardHelpOptions = true,
        description = {"Compute the response to X's Challenge-Response Check: {\"response_token\":\"sha256=…\"},",
                "the Base64 HMAC-SHA256 of the crc_token keyed with the App's consumer secret."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the response was printed", "2:no consumer secret could be read (one-line error on stderr)"})
public final class WebhookCrcCommand implements Callable<Integer> {
    static final int NO_SECRET = 2;

    /** Looks up a profile's consumer secret by profile name; empty when there is no such profile or it has none. */
    @FunctionalInterface
    public interface ConsumerSecrets {
        Optional<String> of(String profile);
    }

    private final CrcResponder responder;
    private final ConsumerSecrets profiles;
    private final Function<String, String> environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--token", required = true, paramLabel = "T", description = "the crc_token X sent")
    String token;

    @ArgGroup(exclusive = true, multiplicity = "1")
    SecretSource source;

    static final class SecretSource {
        @Option(names = "--profile", paramLabel = "NAME", description = "a saved profile (or a sandbox identity) holding the consumer secret")
        String profile;
        @Option(names = "--consumer-secret-env", paramLabel = "VAR", description = "an environment variable holding the consumer secret")
        String environmentVariable;
    }

    public WebhookCrcCommand(CrcResponder responder, ConsumerSecrets profiles, Function<String, String> environment) {
        this.responder = responder;
        this.profiles = profiles;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "webhook crc");
        Optional<String> secret = source.profile != null ? profiles.of(source.profile)
                : Optional.ofNullable(environment.apply(source.environmentVariable)).filter(s -> !s.isEmpty());
        if (secret.isEmpty()) {
            return console.fail(NO_SECRET, source.profile != null
                    ? "no consumer secret in the profile " + source.profile + " (see `xinspect` Auth tab or profiles.json)"
                    : "the environment variable " + source.environmentVariable + " is not set or empty");
        }
        if (token.isEmpty()) {
            return console.fail(NO_SECRET, "--token is empty; pass the crc_token X sent");
        }
        return console.succeed(responder.responseBody(token, secret.get()));
    }
}
