package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The macOS Keychain and the Windows Credential Manager stores against the real OS stores, on their own systems
 * (the CI workflow runs the tests on macOS and Windows too; elsewhere these are skipped and the fakes cover the
 * commands). Items go under a service of their own, so the user's xinspect secrets are never touched.
 */
class OsKeychainRoundTripTest {
    private static final String SERVICE = "xinspect-test";
    private static final String KEY = "profile/round-trip/consumer_secret";
    private static final String SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw % ü \" ' \\ end";

    @Test
    @EnabledOnOs(OS.MAC)
    void theMacKeychainKeepsASecretExactlyAndForgetsItOnDelete() {
        roundTrip(new MacKeychainStore(new ChildProcessRunner(Map.of()), SERVICE, Duration.ofSeconds(30)));
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void theWindowsCredentialManagerKeepsASecretExactlyAndForgetsItOnDelete() {
        roundTrip(new WindowsCredentialStore(Advapi32Credentials.load(), SERVICE));
    }

    private static void roundTrip(SecretStore store) {
        try {
            store.write(KEY, SECRET);
            assertEquals(Optional.of(SECRET), store.read(KEY));
            assertTrue(store.keys().contains(KEY), store.keys().toString());
            store.write(KEY, SECRET + " again");
            assertEquals(Optional.of(SECRET + " again"), store.read(KEY), "a second write replaces the item");
        } finally {
            store.delete(KEY);
        }
        assertEquals(Optional.empty(), store.read(KEY));
    }
}
