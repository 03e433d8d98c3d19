package dev.xinspect.core.auth.secret;

/**
 * The secret store chosen for this machine and what the UI should tell about the choice (where secrets are kept is
 * {@link ProfileStore#secretStoreDescription()}).
 *
 * @param note one plain sentence when there is something to tell (the keychain was not reachable, secrets were
 *             moved into it, or moving them failed); empty otherwise. Never holds a secret.
 */
public record SecretStoreChoice(SecretStore store, String note) {
}
