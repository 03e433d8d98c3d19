package dev.xinspect.core.workspace;

import dev.xinspect.core.auth.secret.SecretStore;
import dev.xinspect.core.auth.secret.StoreKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A secret store in memory, for tests that look at what reaches the workspace files and what stays out. */
public final class MemorySecretStore implements SecretStore {
    final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void write(String key, String secret) {
        values.put(key, secret);
    }

    @Override
    public void delete(String key) {
        values.remove(key);
    }

    @Override
    public Set<String> keys() {
        return new TreeSet<>(values.keySet());
    }

    @Override
    public StoreKind kind() {
        return StoreKind.PROTECTED_FILE;
    }

    @Override
    public String location() {
        return "memory";
    }
}
