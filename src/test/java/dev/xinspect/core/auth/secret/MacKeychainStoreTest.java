package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MacKeychainStoreTest {
    private static final String CANARY = "CANARY-token-%2F%3D+/=";

    private final FakeSecurityTool security = new FakeSecurityTool();
    private final MacKeychainStore store = new MacKeychainStore(security, "xinspect", Duration.ofSeconds(30));

    @Test
    void writingFeedsOneHexCommandOnStdinAndReadsItBack() {
        store.write("profile/my app/consumer-secret", CANARY);
        String hex = HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                List.of("/usr/bin/security", "-i"),
                List.of("/usr/bin/security", "find-generic-password", "-s", "xinspect", "-a", "profile/my%20app/consumer-secret", "-w")),
                security.commands);
        assertEquals("add-generic-password -U -s xinspect -a profile/my%20app/consumer-secret -X " + hex + "\n", security.inputs.get(0));
        assertFalse(security.commands.toString().contains("CANARY"));
        assertFalse(security.commands.toString().contains(hex), "not even as hex");
        assertEquals(Optional.of(CANARY), store.read("profile/my app/consumer-secret"));
    }

    @Test
    void secretsThatAreNotPrintableAsciiAreStoredEncodedAndComeBackExactly() {
        for (String secret : List.of("with space", "é€ unicode", "two\nlines", "", "xinspect-hex:looks-encoded", "deadbeef")) {
            store.write("k", secret);
            assertEquals(Optional.of(secret), store.read("k"), secret);
        }
        assertEquals("deadbeef", new String(security.items.get("xinspect|k"), StandardCharsets.UTF_8),
                "printable secrets are stored as they are, so Keychain Access shows them");
        assertEquals("xinspect-hex:" + HexFormat.of().formatHex("with space".getBytes(StandardCharsets.UTF_8)),
                MacKeychainStore.encodeSecret("with space"));
    }

    @Test
    void accountNamesArePercentEncodedToCharactersTheToolNeverSplitsOrQuotes() {
        assertEquals("profile/my%20app%22%27%5C%25/x", MacKeychainStore.account("profile/my app\"'\\%/x"));
        assertEquals("profile/caf%C3%A9/x", MacKeychainStore.account("profile/café/x"));
        for (String key : List.of("profile/my app\"'\\%/x", "profile/café/x", "a:b@c+d=e~f.g_h-i")) {
            assertEquals(key, MacKeychainStore.unescapeAccount(MacKeychainStore.account(key)));
        }
    }

    @Test
    void keysComeFromTheDumpOfThisServiceOnly() {
        store.write("profile/café/bearer-token", "b");
        store.write("profile/p/client-id", "c");
        assertEquals(Set.of("profile/café/bearer-token", "profile/p/client-id"), store.keys());
        assertEquals(List.of("/usr/bin/security", "dump-keychain"), security.commands.get(security.commands.size() - 1));
    }

    @Test
    void theDumpParserReadsQuotedAndHexValues() {
        String dump = """
                keychain: "/Users/me/Library/Keychains/login.keychain-db"
                class: "genp"
                attributes:
                    "acct"<blob>=0x70726F66696C652F702F78  "profile/p/x"
                    "svce"<blob>="xinspect"
                keychain: "/Users/me/Library/Keychains/login.keychain-db"
                class: "genp"
                attributes:
                    "acct"<blob>=<NULL>
                    "svce"<blob>="xinspect"
                keychain: "/Library/Keychains/System.keychain"
                class: "genp"
                attributes:
                    "acct"<blob>="profile/p/y"
                    "svce"<blob>="xinspect-other"
                """;
        assertEquals(Set.of("profile/p/x"), MacKeychainStore.keysIn(dump, "xinspect"));
    }

    @Test
    void missingItemsAreEmptyAndDeletingThemIsNoError() {
        assertEquals(Optional.empty(), store.read("nothing"));
        store.delete("nothing");
        store.write("k", "v");
        store.delete("k");
        assertEquals(Optional.empty(), store.read("k"));
    }

    @Test
    void aFailedInteractiveCommandIsAnErrorEvenThoughSecurityExitsZero() {
        security.interactiveFailure = "security: SecKeychainItemCreateFromContent (<default>): User interaction is not allowed.";
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.write("k", CANARY));
        assertEquals("The macOS Keychain could not save k (/usr/bin/security exit 0: security: SecKeychainItemCreateFromContent "
                + "(<default>): User interaction is not allowed.)", e.getMessage());
    }

    @Test
    void aSecretTooLongForTheCommandLineIsRefusedBeforeAnythingRuns() {
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.write("k", "x".repeat(2100)));
        assertTrue(e.getMessage().startsWith("The secret for k is too long"), e.getMessage());
        assertEquals(List.of(), security.commands);
        String longest = "y".repeat((MacKeychainStore.MAX_LINE - store.addCommand("k", "").length()) / 2);
        store.write("k", longest);
        assertEquals(Optional.of(longest), store.read("k"));
    }

    @Test
    void errorsNeverQuoteTheSecretOrItsHex() {
        String hex = HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8));
        security.interactiveFailure = "security: bad line: add-generic-password -X " + hex + " " + CANARY;
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.write("k", CANARY));
        assertFalse(e.getMessage().contains(hex) || e.getMessage().contains("CANARY"), e.getMessage());
    }
}
