package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.secret.SecretStores.Candidate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
    @TempDir
    Path config;

    /** A keychain over a map that can be told to fail a write or to give back a different value. */
    static final class MapKeychain implements SecretStore {
        final TreeMap<String, String> items = new TreeMap<>();
        String failWriteOf;
        String corruptReadOf;
        CountDownLatch blockWrites;

        @Override
        public synchronized Optional<String> read(String key) {
            return Optional.ofNullable(items.get(key)).map(v -> key.equals(corruptReadOf) ? v + "?" : v);
        }

        @Override
        public void write(String key, String secret) {
            if (blockWrites != null) {
                try {
                    blockWrites.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (key.equals(failWriteOf)) {
                throw new SecretStoreException("The desktop keyring could not save " + key + " (secret-tool exit 1)", null);
            }
            synchronized (this) {
                items.put(key, secret);
            }
        }

        @Override
        public synchronized void delete(String key) {
            items.remove(key);
        }

        @Override
        public synchronized Set<String> keys() {
            return Set.copyOf(items.keySet());
        }

        @Override
        public StoreKind kind() {
            return StoreKind.SECRET_SERVICE;
        }

        @Override
        public String location() {
            return "a map";
        }
    }

    private final MapKeychain keychain = new MapKeychain();

    private FileSecretStore file() {
        return new FileSecretStore(config.resolve("secrets.json"));
    }

    private SecretStoreChoice choose() {
        return SecretStores.choose(new Candidate(StoreKind.SECRET_SERVICE, () -> keychain), file(), Duration.ofSeconds(5));
    }

    @Test
    void aReachableKeychainIsChosenAndTheProbeLeavesNothingBehind() {
        SecretStoreChoice choice = choose();
        assertSame(keychain, choice.store());
        assertEquals("", choice.note());
        assertEquals(Map.of(), keychain.items);
        assertFalse(Files.exists(config.resolve("secrets.json")), "choosing the keychain creates no secret file");
    }

    @Test
    void secretsLeftInTheFileAreMovedAndThenRemovedFromIt() {
        file().write("profile/a/bearer-token", "one");
        file().write("profile/b/client-secret", "two");
        SecretStoreChoice choice = choose();
        assertSame(keychain, choice.store());
        assertEquals(Map.of("profile/a/bearer-token", "one", "profile/b/client-secret", "two"), keychain.items);
        assertEquals(Set.of(), file().keys());
        assertEquals("Moved 2 secrets from " + config.resolve("secrets.json").toAbsolutePath()
                + " into your desktop keyring (Secret Service: GNOME Keyring, KWallet or KeePassXC).", choice.note());
    }

    @Test
    void aFailedWriteKeepsEverySecretInTheFileAndTheFileInUse() {
        file().write("profile/a/bearer-token", "one");
        file().write("profile/b/client-secret", "two");
        keychain.failWriteOf = "profile/b/client-secret";
        SecretStoreChoice choice = choose();
        assertEquals(StoreKind.PROTECTED_FILE, choice.store().kind());
        assertEquals(Optional.of("one"), file().read("profile/a/bearer-token"));
        assertEquals(Optional.of("two"), file().read("profile/b/client-secret"));
        assertTrue(choice.note().startsWith("Secrets stay in " + config.resolve("secrets.json").toAbsolutePath()
                + " for now: moving them into your desktop keyring"), choice.note());
        assertFalse(choice.note().contains("one") || choice.note().contains("two"), choice.note());
    }

    @Test
    void aValueThatReadsBackDifferentlyStopsTheMoveBeforeTheFileIsTouched() {
        file().write("profile/a/bearer-token", "one");
        keychain.corruptReadOf = "profile/a/bearer-token";
        SecretStoreChoice choice = choose();
        assertEquals(StoreKind.PROTECTED_FILE, choice.store().kind());
        assertEquals(Optional.of("one"), file().read("profile/a/bearer-token"));
        assertTrue(choice.note().contains("profile/a/bearer-token did not read back as written"), choice.note());
    }

    @Test
    void aProbeThatFailsFallsBackToTheFileAndSaysWhy() {
        keychain.failWriteOf = SecretStores.PROBE_KEY;
        file().write("k", "v");
        SecretStoreChoice choice = choose();
        assertEquals(StoreKind.PROTECTED_FILE, choice.store().kind());
        assertEquals(Optional.of("v"), choice.store().read("k"));
        assertEquals("Secrets are kept in a file only your user can read because your desktop keyring (Secret Service: GNOME "
                + "Keyring, KWallet or KeePassXC) was not reachable: The desktop keyring could not save xinspect/keychain-probe "
                + "(secret-tool exit 1).", choice.note());
    }

    @Test
    void aKeychainThatDoesNotAnswerInTimeIsNotWaitedFor() {
        keychain.blockWrites = new CountDownLatch(1);
        long start = System.nanoTime();
        SecretStoreChoice choice = SecretStores.choose(new Candidate(StoreKind.MAC_KEYCHAIN, () -> keychain), file(),
                Duration.ofMillis(200));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        keychain.blockWrites.countDown();
        assertEquals(StoreKind.PROTECTED_FILE, choice.store().kind());
        assertTrue(choice.note().endsWith("because the macOS Keychain was not reachable: it did not answer within 200 ms."),
                choice.note());
    }

    @Test
    void aKeychainThatCannotBeLoadedFallsBack() {
        SecretStoreChoice choice = SecretStores.choose(new Candidate(StoreKind.WINDOWS_CREDENTIAL_MANAGER, () -> {
            throw new UnsatisfiedLinkError("Advapi32");
        }), file(), Duration.ofSeconds(5));
        assertEquals(StoreKind.PROTECTED_FILE, choice.store().kind());
        assertTrue(choice.note().endsWith("Windows Credential Manager was not reachable: its system library could not be loaded."),
                choice.note());
    }

    @Test
    void aMissingSecretToolGetsAnInstallHint() {
        FakeSecretTool tool = new FakeSecretTool();
        tool.uninstall();
        SecretStoreChoice choice = SecretStores.choose(SecretStores.candidateFor("Linux", tool), file(), Duration.ofSeconds(5));
        assertEquals(StoreKind.PROTECTED_FILE, choice.store().kind());
        assertTrue(choice.note().endsWith("Installing secret-tool (Debian and Ubuntu: the libsecret-tools package) lets xinspect "
                + "use the keyring."), choice.note());
    }

    @Test
    void eachOperatingSystemGetsItsKeychain() {
        FakeSecretTool tool = new FakeSecretTool();
        assertEquals(StoreKind.SECRET_SERVICE, SecretStores.candidateFor("Linux", tool).kind());
        assertEquals(StoreKind.SECRET_SERVICE, SecretStores.candidateFor("FreeBSD", tool).kind());
        assertEquals(StoreKind.MAC_KEYCHAIN, SecretStores.candidateFor("Mac OS X", tool).kind());
        assertEquals(StoreKind.WINDOWS_CREDENTIAL_MANAGER, SecretStores.candidateFor("Windows 11", tool).kind());
        assertEquals(StoreKind.SECRET_SERVICE, SecretStores.candidateFor("Linux", tool).store().get().kind());
        assertEquals(StoreKind.MAC_KEYCHAIN, SecretStores.candidateFor("Mac OS X", tool).store().get().kind());
    }

    @Test
    void thePreferenceFileSkipsTheKeychain() {
        assertEquals(SecretStores.Preference.FILE, SecretStores.Preference.parse(" File "));
        assertEquals(SecretStores.Preference.AUTO, SecretStores.Preference.parse(null));
        assertEquals(SecretStores.Preference.AUTO, SecretStores.Preference.parse("keychain"));
        SecretStoreChoice choice = SecretStores.forThisMachine(config, SecretStores.Preference.FILE);
        assertEquals(StoreKind.PROTECTED_FILE, choice.store().kind());
        assertEquals("a file only your user can read: " + config.resolve("secrets.json").toAbsolutePath(),
                new ProfileStore(config.resolve("profiles.json"), choice.store()).secretStoreDescription());
    }

    @Test
    void movingOverTheFakeSecretToolKeepsEveryValueExactly() {
        FakeSecretTool tool = new FakeSecretTool();
        Map<String, String> values = Map.of("profile/p/a", "with\nnewline", "profile/p/b", "é€", "profile/p/c", "%2F%3D+/=");
        values.forEach(file()::write);
        SecretStoreChoice choice = SecretStores.choose(SecretStores.candidateFor("Linux", tool), file(), Duration.ofSeconds(5));
        assertEquals(StoreKind.SECRET_SERVICE, choice.store().kind());
        for (Map.Entry<String, String> entry : values.entrySet()) {
            assertEquals(Optional.of(entry.getValue()), choice.store().read(entry.getKey()));
        }
        assertEquals(values.keySet(), choice.store().keys());
        assertEquals(List.of(), List.copyOf(file().keys()));
    }
}
