package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The canary test over each keychain: saving a profile puts no secret in any file of the config folder or any argv. */
class ProfileStoreOverKeychainsTest {
    @TempDir
    Path config;

    static Stream<Arguments> keychains() {
        FakeSecretTool secretTool = new FakeSecretTool();
        FakeSecurityTool security = new FakeSecurityTool();
        return Stream.of(
                Arguments.of("Secret Service", (Supplier<SecretStore>) () -> new SecretServiceStore(secretTool, "xinspect",
                        Duration.ofSeconds(30)), (Supplier<String>) secretTool::argv),
                Arguments.of("macOS Keychain", (Supplier<SecretStore>) () -> new MacKeychainStore(security, "xinspect",
                        Duration.ofSeconds(30)), (Supplier<String>) security.commands::toString),
                Arguments.of("Credential Manager", (Supplier<SecretStore>) () -> new WindowsCredentialStore(new FakeCredentialApi(),
                        "xinspect"), (Supplier<String>) () -> ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keychains")
    void aSavedProfileLeavesNoSecretInTheConfigFolderNorOnACommandLine(String name, Supplier<SecretStore> keychain,
            Supplier<String> commandLines) throws IOException {
        SecretStore store = keychain.get();
        ProfileStore profiles = new ProfileStore(config.resolve("profiles.json"), store);
        profiles.save(new CredentialProfile("my app", AuthMode.OAUTH2_USER, CredentialProfile.DEFAULT_REDIRECT_URI,
                List.of("tweet.read")), ProfileStoreTest.canaries());
        assertEquals(ProfileStoreTest.canaries(), new ProfileStore(config.resolve("profiles.json"), store).secretsOf("my app").values());
        try (Stream<Path> files = Files.walk(config)) {
            // The empty lock file beside profiles.json (LockedFile) holds nothing.
            List<Path> written = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock")).toList();
            assertEquals(List.of(config.resolve("profiles.json")), written, "the keychain leaves no secret file behind");
            for (Path file : written) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(text.contains("CANARY"), file + " holds a secret");
            }
        }
        assertTrue(Files.readString(config.resolve("profiles.json")).contains("\"my app\""));
        assertFalse(commandLines.get().contains("CANARY"), "a secret was on a command line: " + commandLines.get());
        profiles.delete("my app");
        assertEquals(java.util.Set.of(), store.keys());
    }
}
