package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.oauth2.OAuth2Token;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The secrets of a command-line command: a saved profile's ({@code --profile NAME}) or the {@code XINSPECT_*}
 * environment variables. Never from arguments: a secret on a command line lands in the shell history and in every
 * process listing.
 */
public final class CommandLineCredentials {
    /** The environment variables read when no profile is named, and the field each fills. */
    public static final Map<String, SecretField> VARIABLES = Map.of(
            "XINSPECT_BEARER_TOKEN", SecretField.BEARER_TOKEN,
            "XINSPECT_CONSUMER_KEY", SecretField.CONSUMER_KEY,
            "XINSPECT_CONSUMER_SECRET", SecretField.CONSUMER_SECRET,
            "XINSPECT_ACCESS_TOKEN", SecretField.ACCESS_TOKEN,
            "XINSPECT_ACCESS_TOKEN_SECRET", SecretField.ACCESS_TOKEN_SECRET);

    private final Supplier<ProfileBook> profiles;
    private final Map<String, String> environment;
    private final Clock clock;

    /** @param profiles opened only when a profile is named (it may read the OS keychain) */
    public CommandLineCredentials(Supplier<ProfileBook> profiles, Map<String, String> environment, Clock clock) {
        this.profiles = profiles;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /**
     * @param profile a saved profile's name, or null for the environment variables
     * @throws CredentialsUnavailableException naming the profile or the variables to set
     */
    public ProfileSecrets secrets(String profile) {
        if (profile != null) {
            ProfileBook book = profiles.get();
            book.require(profile);
            return book.secretsOf(profile);
        }
        Map<SecretField, String> values = new EnumMap<>(SecretField.class);
        VARIABLES.forEach((variable, field) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        });
        return new ProfileSecrets(values);
    }

    /** How to authenticate a request: the profile's own mode, or from the environment a Bearer token, else OAuth 1.0a. */
    public RequestAuth auth(String profile) {
        ProfileSecrets secrets = secrets(profile);
        if (profile == null) {
            return secrets.get(SecretField.BEARER_TOKEN).<RequestAuth>map(RequestAuth.Bearer::new)
                    .or(() -> secrets.oauth1().filter(c -> c.hasToken()).map(RequestAuth.Oauth1::new))
                    .orElseThrow(() -> new CredentialsUnavailableException("No credentials: name a saved profile with "
                            + "--profile, or set XINSPECT_BEARER_TOKEN (or the four XINSPECT_CONSUMER_* and XINSPECT_ACCESS_* variables)."));
        }
        CredentialProfile saved = profiles.get().require(profile);
        return switch (saved.authMode()) {
            case NONE, BASIC -> new RequestAuth.None();
            case OAUTH2_APP_ONLY -> new RequestAuth.Bearer(secrets.get(SecretField.BEARER_TOKEN).orElseThrow(() ->
                    new CredentialsUnavailableException("The profile " + profile + " has no Bearer token yet.")));
            case OAUTH1_USER -> new RequestAuth.Oauth1(secrets.oauth1().orElseThrow(() -> new CredentialsUnavailableException(
                    "The profile " + profile + " needs a consumer key and consumer secret.")));
            case OAUTH2_USER -> new RequestAuth.Bearer(userToken(profile, secrets).accessToken());
        };
    }

    /** The stored user token as it is: refreshing needs the app's sign-in flows, so an expired one is refused. */
    private OAuth2Token userToken(String profile, ProfileSecrets secrets) {
        OAuth2Token token = StoredTokens.read(secrets).orElseThrow(() -> new CredentialsUnavailableException(
                "The profile " + profile + " is not signed in: sign in on the app's Auth tab first."));
        if (token.needsRefresh(clock, Duration.ZERO)) {
            throw new CredentialsUnavailableException("The access token of " + profile + " has expired: send one "
                    + "request with it in the app (which refreshes it), then run the command again.");
        }
        return token;
    }
}
