package dev.xinspect.core.auth.secret;

import java.util.Optional;
import java.util.Set;

/**
 * Keeps secrets by key, away from workspace files, logs and exports. Implementations are thread-safe and never put
 * a secret value in an exception message.
 */
public interface SecretStore {
    Optional<String> read(String key);

    void write(String key, String secret);

    void delete(String key);

    Set<String> keys();

    StoreKind kind();

    /** Where the store is, for the UI: a file path or the keychain's name. */
    String location();
}
