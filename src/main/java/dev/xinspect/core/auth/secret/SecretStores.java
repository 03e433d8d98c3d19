package dev.xinspect.core.auth.secret;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Picks where this machine's secrets live: the OS keychain (Secret Service, macOS Keychain, Windows Credential
 * Manager) when a round trip of a probe item through it works within a short time, else the 0600 file
 * {@code secrets.json} in the config folder. When the keychain is reachable and the file still holds secrets (saved
 * while it was not), they are moved: all written, each read back and compared, and only then removed from the file;
 * if any step fails the file stays as it was and stays in use.
 */
public final class SecretStores {
    /** The namespace of this app's items in every keychain. */
    static final String SERVICE = "xinspect";
    static final String PROBE_KEY = "xinspect/keychain-probe";
    static final String PROBE_VALUE = "xinspect keychain probe: safe to delete";
    /** The probe runs once at start; a keychain slower than this counts as not reachable. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** Each later call: long enough for a user to answer the unlock prompt of a locked keyring. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    /** Whether to look for a keychain at all; {@code FILE} keeps secrets in the 0600 file even when one is there. */
    public enum Preference {
        AUTO, FILE;

        /** "file" (any case) is {@code FILE}; anything else, blank included, is {@code AUTO}. */
        public static Preference parse(String value) {
            return value != null && value.strip().equalsIgnoreCase("file") ? FILE : AUTO;
        }
    }

    /** A keychain to try: its kind (named in messages before it exists) and how to build it. */
    record Candidate(StoreKind kind, Supplier<SecretStore> store) {
    }

    private SecretStores() {
    }

    /** Blocks for at most {@link #PROBE_TIMEOUT} plus the move of any secrets left in the file; call it off the FX thread. */
    public static SecretStoreChoice forThisMachine(Path configDir, Preference preference) {
        FileSecretStore file = new FileSecretStore(configDir.resolve("secrets.json"));
        if (preference == Preference.FILE) {
            return new SecretStoreChoice(file, "");
        }
        return choose(candidateFor(System.getProperty("os.name", ""), new ChildProcessRunner(Map.of())), file, PROBE_TIMEOUT);
    }

    static Candidate candidateFor(String osName, CommandRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new Candidate(StoreKind.WINDOWS_CREDENTIAL_MANAGER,
                    () -> new WindowsCredentialStore(Advapi32Credentials.load(), SERVICE));
        }
        if (os.contains("mac")) {
            return new Candidate(StoreKind.MAC_KEYCHAIN, () -> new MacKeychainStore(runner, SERVICE, CALL_TIMEOUT));
        }
        // Linux and the BSDs: the Secret Service is the desktop-neutral keyring API there.
        return new Candidate(StoreKind.SECRET_SERVICE, () -> new SecretServiceStore(runner, SERVICE, CALL_TIMEOUT));
    }

    static SecretStoreChoice choose(Candidate keychain, FileSecretStore file, Duration probeTimeout) {
        CompletableFuture<SecretStore> probe = CompletableFuture.supplyAsync(() -> {
            SecretStore store = keychain.store().get();
            roundTrip(store);
            return store;
        }, task -> Thread.ofVirtual().name("keychain-probe").start(task));
        try {
            return moveSecrets(file, probe.get(probeTimeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return fallback(file, keychain, "it did not answer within " + (probeTimeout.toMillis() < 1000
                    ? probeTimeout.toMillis() + " ms" : probeTimeout.toSeconds() + " s"));
        } catch (ExecutionException e) {
            return fallback(file, keychain, reason(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback(file, keychain, "the check was interrupted");
        }
    }

    /** Writes, reads back and deletes the probe item: a keychain that cannot do all three is not used. */
    static void roundTrip(SecretStore store) {
        store.write(PROBE_KEY, PROBE_VALUE);
        if (!store.read(PROBE_KEY).filter(PROBE_VALUE::equals).isPresent()) {
            throw new SecretStoreException("a test item did not read back as written", null);
        }
        store.delete(PROBE_KEY);
    }

    static SecretStoreChoice moveSecrets(FileSecretStore file, SecretStore keychain) {
        TreeMap<String, String> pending = new TreeMap<>();
        try {
            for (String key : file.keys()) {
                file.read(key).ifPresent(secret -> pending.put(key, secret));
            }
        } catch (SecretStoreException e) {
            return new SecretStoreChoice(keychain, "The old secret file could not be read, so nothing was moved from it ("
                    + e.getMessage() + ").");
        }
        if (pending.isEmpty()) {
            return new SecretStoreChoice(keychain, "");
        }
        String where = keychain.kind().description();
        try {
            pending.forEach(keychain::write);
            for (Map.Entry<String, String> entry : pending.entrySet()) {
                Optional<String> back = keychain.read(entry.getKey());
                if (!back.filter(entry.getValue()::equals).isPresent()) {
                    throw new SecretStoreException(entry.getKey() + " did not read back as written", null);
                }
            }
        } catch (SecretStoreException e) {
            return new SecretStoreChoice(file, "Secrets stay in " + file.location() + " for now: moving them into " + where
                    + " failed (" + e.getMessage() + "). The move is tried again at the next start.");
        }
        try {
            pending.keySet().forEach(file::delete);
        } catch (SecretStoreException e) {
            return new SecretStoreChoice(keychain, "Secrets were moved into " + where + ", but some copies are still in "
                    + file.location() + " (" + e.getMessage() + ").");
        }
        return new SecretStoreChoice(keychain, "Moved " + pending.size() + (pending.size() == 1 ? " secret" : " secrets")
                + " from " + file.location() + " into " + where + ".");
    }

    private static SecretStoreChoice fallback(FileSecretStore file, Candidate keychain, String reason) {
        String hint = keychain.kind() == StoreKind.SECRET_SERVICE && reason.contains(SecretServiceStore.PROGRAM + " could not be run")
                ? " Installing secret-tool (Debian and Ubuntu: the libsecret-tools package) lets xinspect use the keyring."
                : "";
        return new SecretStoreChoice(file, "Secrets are kept in " + StoreKind.PROTECTED_FILE.description() + " because "
                + keychain.kind().description() + " was not reachable: " + reason + "." + hint);
    }

    private static String reason(Throwable failure) {
        if (failure instanceof SecretStoreException e) {
            return e.getMessage();
        }
        if (failure instanceof LinkageError) {
            return "its system library could not be loaded";
        }
        return "it failed in an unexpected way"; // never a Java class name (issue 17, item 12)
    }
}
