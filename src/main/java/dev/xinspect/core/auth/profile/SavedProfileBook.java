package dev.xinspect.core.auth.profile;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.ProfileStore;
import dev.xinspect.core.auth.secret.SecretField;
import java.util.List;
import java.util.Map;

/** The user's own profiles, kept by a {@link ProfileStore}; their OAuth calls go to X. */
public final class SavedProfileBook implements ProfileBook {
    private final ProfileStore store;
    private final OAuthEndpoints endpoints;

    public SavedProfileBook(ProfileStore store, OAuthEndpoints endpoints) {
        this.store = store;
        this.endpoints = endpoints;
    }

    @Override
    public String title() {
        return "My profiles";
    }

    @Override
    public List<CredentialProfile> profiles() {
        return store.list();
    }

    @Override
    public ProfileSecrets secretsOf(String name) {
        return store.secretsOf(name);
    }

    @Override
    public void updateSecrets(String name, Map<SecretField, String> values) {
        store.save(require(name), values);
    }

    @Override
    public OAuthEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public String storeDescription() {
        return store.secretStoreDescription();
    }

    /** Adds or replaces a profile with the secrets typed in the editor (see {@link ProfileStore#save}). */
    public void save(CredentialProfile profile, Map<SecretField, String> secrets) {
        store.save(profile, secrets);
    }

    /** Renames by saving under the new name with every secret, then deleting the old one. */
    public void rename(String oldName, CredentialProfile renamed) {
        ProfileSecrets secrets = store.secretsOf(oldName);
        store.save(renamed, secrets.values());
        if (!oldName.equals(renamed.name())) {
            store.delete(oldName);
        }
    }

    public void delete(String name) {
        store.delete(name);
    }
}
