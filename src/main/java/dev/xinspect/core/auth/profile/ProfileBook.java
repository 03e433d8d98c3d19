package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of credential profiles that share one OAuth server: the user's saved profiles (X's endpoints) or the
 * embedded sandbox's demo identities. Implementations are thread-safe; flows run on worker threads.
 */
public interface ProfileBook {
    /** The heading the picker shows for this book's profiles ("Sandbox", "My profiles"). */
    String title();

    List<CredentialProfile> profiles();

    ProfileSecrets secretsOf(String name);

    /** Stores what a flow obtained (tokens); a null or empty value removes that field. Other fields stay. */
    void updateSecrets(String name, Map<SecretField, String> values);

    /** Where this book's OAuth calls go. */
    OAuthEndpoints endpoints();

    /** Where the secrets are kept, in words, for the Auth tab. */
    String storeDescription();

    default Optional<CredentialProfile> find(String name) {
        return profiles().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    default CredentialProfile require(String name) {
        return find(name).orElseThrow(() -> new CredentialsUnavailableException("The profile " + name + " no longer exists."));
    }
}
