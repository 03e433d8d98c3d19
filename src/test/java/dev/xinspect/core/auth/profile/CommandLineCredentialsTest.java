package dev.xinspect.core.auth.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.http.AuthMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI's secrets: a saved profile's in its own mode, or the XINSPECT_* variables; never an argument. */
class CommandLineCredentialsTest {
    private static ProfileBook book(CredentialProfile profile, Map<SecretField, String> secrets) {
        return new ProfileBook() {
            public String title() { return "test"; }
            public List<CredentialProfile> profiles() { return List.of(profile); }
            public ProfileSecrets secretsOf(String name) { return new ProfileSecrets(secrets); }
            public void updateSecrets(String name, Map<SecretField, String> values) { }
            public OAuthEndpoints endpoints() { return OAuthEndpoints.x(); }
            public String storeDescription() { return "memory"; }
        };
    }

    @Test
    void aSavedProfileAuthenticatesInItsOwnMode() {
        CommandLineCredentials credentials = new CommandLineCredentials(() -> book(CredentialProfile.of("me", AuthMode.OAUTH1_USER),
                Map.of(SecretField.CONSUMER_KEY, "k", SecretField.CONSUMER_SECRET, "cs", SecretField.ACCESS_TOKEN, "t",
                        SecretField.ACCESS_TOKEN_SECRET, "ts")), Map.of("XINSPECT_BEARER_TOKEN", "ignored"), Clock.systemUTC());

        RequestAuth.Oauth1 auth = assertInstanceOf(RequestAuth.Oauth1.class, credentials.auth("me"));
        assertEquals("cs", auth.credentials().consumerSecret());
        assertThrows(CredentialsUnavailableException.class, () -> credentials.auth("someone else"));
    }

    @Test
    void withoutAProfileTheEnvironmentGivesABearerTokenOrTheFourOauth1Values() {
        CommandLineCredentials bearer = new CommandLineCredentials(() -> { throw new AssertionError(); },
                Map.of("XINSPECT_BEARER_TOKEN", " AAAA "), Clock.systemUTC());
        assertEquals(new RequestAuth.Bearer("AAAA"), bearer.auth(null));

        CommandLineCredentials oauth1 = new CommandLineCredentials(() -> { throw new AssertionError(); }, Map.of(
                "XINSPECT_CONSUMER_KEY", "k", "XINSPECT_CONSUMER_SECRET", "cs", "XINSPECT_ACCESS_TOKEN", "t",
                "XINSPECT_ACCESS_TOKEN_SECRET", "ts"), Clock.systemUTC());
        assertInstanceOf(RequestAuth.Oauth1.class, oauth1.auth(null));

        CredentialsUnavailableException none = assertThrows(CredentialsUnavailableException.class,
                () -> new CommandLineCredentials(() -> null, Map.of(), Clock.systemUTC()).auth(null));
        assertTrue(none.getMessage().contains("--profile"), none.getMessage());
    }
}
