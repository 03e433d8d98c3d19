package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.AuthMode;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded sandbox's demo identities as profiles, held in memory only: their values are published (they open
 * nothing but the sandbox), and the sandbox's port changes every run, so nothing about them is saved.
 */
public final class SandboxProfileBook implements ProfileBook {
    public static final String APP_ONLY = "Sandbox App: app-only Bearer";
    public static final String OAUTH1_USER = "Sandbox user: OAuth 1.0a";
    public static final String OAUTH2_USER = "Sandbox user: OAuth 2.0 (PKCE)";

    private final OAuthEndpoints endpoints;
    private final Map<String, CredentialProfile> profiles = new LinkedHashMap<>();
    private final Map<String, EnumMap<SecretField, String>> secrets = new LinkedHashMap<>();

    /** The sandbox's published values; {@code redirectUri} is the callback registered for its OAuth 2.0 client. */
    public record DemoValues(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
                             String bearerToken, String clientId, String clientSecret, String redirectUri) {
        @Override
        public String toString() {
            return "DemoValues[sandbox]";
        }
    }

    public SandboxProfileBook(URI sandboxBase, DemoValues demo) {
        this.endpoints = OAuthEndpoints.at(sandboxBase);
        add(CredentialProfile.of(APP_ONLY, AuthMode.OAUTH2_APP_ONLY), Map.of(SecretField.BEARER_TOKEN, demo.bearerToken(),
                SecretField.CONSUMER_KEY, demo.consumerKey(), SecretField.CONSUMER_SECRET, demo.consumerSecret()));
        add(CredentialProfile.of(OAUTH1_USER, AuthMode.OAUTH1_USER), Map.of(SecretField.CONSUMER_KEY, demo.consumerKey(),
                SecretField.CONSUMER_SECRET, demo.consumerSecret(), SecretField.ACCESS_TOKEN, demo.accessToken(),
                SecretField.ACCESS_TOKEN_SECRET, demo.accessTokenSecret()));
        add(new CredentialProfile(OAUTH2_USER, AuthMode.OAUTH2_USER, demo.redirectUri(),
                        List.of("tweet.read", "tweet.write", "users.read", "media.write", "offline.access")),
                Map.of(SecretField.CLIENT_ID, demo.clientId(), SecretField.CLIENT_SECRET, demo.clientSecret()));
    }

    private void add(CredentialProfile profile, Map<SecretField, String> values) {
        profiles.put(profile.name(), profile);
        secrets.put(profile.name(), new EnumMap<>(values));
    }

    @Override
    public String title() {
        return "Sandbox";
    }

    @Override
    public synchronized List<CredentialProfile> profiles() {
        return List.copyOf(profiles.values());
    }

    @Override
    public synchronized ProfileSecrets secretsOf(String name) {
        return new ProfileSecrets(secrets.getOrDefault(name, new EnumMap<>(SecretField.class)));
    }

    @Override
    public synchronized void updateSecrets(String name, Map<SecretField, String> values) {
        EnumMap<SecretField, String> current = secrets.get(name);
        if (current == null) {
            throw new CredentialsUnavailableException("The profile " + name + " no longer exists.");
        }
        values.forEach((field, value) -> {
            if (value == null || value.isEmpty()) {
                current.remove(field);
            } else {
                current.put(field, value);
            }
        });
    }

    @Override
    public OAuthEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public String storeDescription() {
        return "the sandbox's published demo values, in memory for this run only";
    }
}
