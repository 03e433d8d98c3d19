package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretServiceStoreTest {
    private static final String CANARY = "CANARY-token-%2F%3D+/= \"'$(x)`";

    private final FakeSecretTool tool = new FakeSecretTool();
    private final SecretServiceStore store = new SecretServiceStore(tool, "xinspect", Duration.ofSeconds(30));

    @Test
    void storeLookupClearAndSearchHaveTheseShapesAndTheSecretOnlyOnStdin() {
        store.write("profile/my app/bearer-token", CANARY);
        assertEquals(Optional.of(CANARY), store.read("profile/my app/bearer-token"));
        assertEquals(Set.of("profile/my app/bearer-token"), store.keys());
        store.delete("profile/my app/bearer-token");
        assertEquals(List.of(
                List.of("secret-tool", "store", "--label=xinspect: profile/my app/bearer-token", "--", "service", "xinspect", "key", "profile/my app/bearer-token"),
                List.of("secret-tool", "lookup", "--", "service", "xinspect", "key", "profile/my app/bearer-token"),
                List.of("secret-tool", "search", "--all", "--", "service", "xinspect"),
                List.of("secret-tool", "clear", "--", "service", "xinspect", "key", "profile/my app/bearer-token")), tool.commands);
        assertEquals(List.of(CANARY, "", "", ""), tool.inputs);
        assertFalse(tool.argv().contains("CANARY"), tool.argv());
    }

    @Test
    void aSecretComesBackByteForByteWithNewlinesAndUnicode() {
        String secret = "line one\nline two\n  é€ \t";
        store.write("k", secret);
        assertEquals(Optional.of(secret), store.read("k"));
    }

    @Test
    void aMissingItemIsEmptyAndDeletingItIsNoError() {
        assertEquals(Optional.empty(), store.read("nothing"));
        store.delete("nothing");
        assertEquals(Set.of(), store.keys());
    }

    @Test
    void keysListOnlyItemsOfThisService() {
        store.write("mine", "a");
        new SecretServiceStore(tool, "other-app", Duration.ofSeconds(1)).write("theirs", "b");
        assertEquals(Set.of("mine"), store.keys());
    }

    @Test
    void aFailureNamesTheToolAndItsMessageButNeverTheSecret() {
        tool.failWith("secret-tool: Cannot create an item in a locked collection " + CANARY);
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.write("profile/p/client-secret", CANARY));
        assertEquals("The desktop keyring could not save profile/p/client-secret (secret-tool exit 1: secret-tool: Cannot "
                + "create an item in a locked collection [secret])", e.getMessage());
        assertThrows(SecretStoreException.class, () -> store.read("k"), "exit 1 with a message is an error, not a missing item");
    }

    @Test
    void aCallThatDoesNotAnswerTimesOutWithAPlainMessage() {
        tool.hang();
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.write("k", CANARY));
        assertEquals("The desktop keyring did not answer within 30 s (save k); a locked keyring may be waiting for its password",
                e.getMessage());
    }

    @Test
    void aMissingSecretToolSaysSo() {
        tool.uninstall();
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.keys());
        assertTrue(e.getMessage().startsWith("secret-tool could not be run to list its items (Cannot run program"), e.getMessage());
    }

    @Test
    void keysThatCouldBeReadAsOptionsOrBreakLinesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> store.write("--all", "x"));
        assertThrows(IllegalArgumentException.class, () -> store.read("a\nattribute.key = b"));
        assertEquals(List.of(), tool.commands);
    }

    @Test
    void theUiNamesTheKeyring() {
        assertEquals(StoreKind.SECRET_SERVICE, store.kind());
        assertEquals("your desktop keyring (Secret Service: GNOME Keyring, KWallet or KeePassXC): items with the attribute "
                + "service=xinspect in the default collection", new ProfileStore(java.nio.file.Path.of("unused.json"), store)
                .secretStoreDescription());
    }
}
