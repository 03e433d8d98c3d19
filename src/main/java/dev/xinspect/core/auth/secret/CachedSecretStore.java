package dev.xinspect.core.auth.secret;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A secret store that remembers what it read: an OS keychain answers each call with a child process, and the
 * redactor needs every value before each output. {@link #values()} is an immutable snapshot, replaced (never
 * changed) on every write or delete made through this store, so callers can tell a new snapshot by identity.
 * Thread-safe; the first call that needs the values reads them all, and the store itself is only chosen then
 * (choosing probes the OS keychain, which must not happen while the window is being built).
 */
public final class CachedSecretStore implements SecretStore {
    private final Supplier<SecretStore> chooser;
    private SecretStore store;
    private Map<String, String> cache;
    private volatile List<String> snapshot;

    public CachedSecretStore(SecretStore store) {
        this(() -> store);
    }

    /** @param chooser picks the store on first use (called once) */
    public CachedSecretStore(Supplier<SecretStore> chooser) {
        this.chooser = chooser;
    }

    private synchronized SecretStore store() {
        if (store == null) {
            store = chooser.get();
        }
        return store;
    }

    /** Every value the store holds, as of the last change made through this store. */
    public List<String> values() {
        List<String> current = snapshot;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            loaded();
            return snapshot;
        }
    }

    @Override
    public synchronized Optional<String> read(String key) {
        return Optional.ofNullable(loaded().get(key));
    }

    @Override
    public synchronized void write(String key, String secret) {
        store().write(key, secret);
        loaded().put(key, secret);
        snapshot = List.copyOf(cache.values());
    }

    @Override
    public synchronized void delete(String key) {
        store().delete(key);
        if (loaded().remove(key) != null) {
            snapshot = List.copyOf(cache.values());
        }
    }

    @Override
    public synchronized Set<String> keys() {
        return Set.copyOf(loaded().keySet());
    }

    @Override
    public StoreKind kind() {
        return store().kind();
    }

    @Override
    public String location() {
        return store().location();
    }

    private Map<String, String> loaded() {
        if (cache == null) {
            Map<String, String> all = new HashMap<>();
            SecretStore chosen = store();
            for (String key : chosen.keys()) {
                chosen.read(key).ifPresent(value -> all.put(key, value));
            }
            cache = all;
            snapshot = List.copyOf(all.values());
        }
        return cache;
    }
}
