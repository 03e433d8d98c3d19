package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.http.AuthMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path home;

    /** One canary per kind of secret, with the characters that trip encoders. */
    static Map<SecretField, String> canaries() {
        Map<SecretField, String> values = new EnumMap<>(SecretField.class);
        for (SecretField field : SecretField.values()) {
            values.put(field, "CANARY-" + field.name() + "-%2F%3D+/=");
        }
        return values;
    }

    private ProfileStore store() {
        return new ProfileStore(home.resolve("profiles.json"), new FileSecretStore(home.resolve("secrets/secrets.json")));
    }

    @Test
    void savedProfileKeepsEverySecretOutOfEveryFileButTheSecretStore() throws IOException {
        ProfileStore store = store();
        store.save(new CredentialProfile("my app", AuthMode.OAUTH2_USER, CredentialProfile.DEFAULT_REDIRECT_URI,
                List.of("tweet.read", "offline.access")), canaries());
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                boolean isSecretStore = file.equals(home.resolve("secrets/secrets.json"));
                for (String canary : canaries().values()) {
                    assertEquals(isSecretStore, text.contains(canary), file + " / " + canary);
                }
            }
        }
        assertTrue(Files.readString(home.resolve("profiles.json")).contains("\"my app\""));
    }

    @Test
    void secretFileAndFolderAreOwnerOnly() throws IOException {
        store().save(CredentialProfile.of("p", AuthMode.OAUTH1_USER), canaries());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets/secrets.json"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets"))));
        try (Stream<Path> files = Files.list(home.resolve("secrets"))) {
            assertEquals(List.of(home.resolve("secrets/.secrets.json.lock"), home.resolve("secrets/secrets.json")),
                    files.sorted().toList(), "no temp file left behind, only the (empty) lock file");
        }
    }

    @Test
    void aNewStoreReadsBackProfilesSecretsAndTheDefault() {
        store().save(CredentialProfile.of("first", AuthMode.OAUTH1_USER), Map.of(SecretField.CONSUMER_KEY, "k",
                SecretField.CONSUMER_SECRET, "s", SecretField.ACCESS_TOKEN, "t", SecretField.ACCESS_TOKEN_SECRET, "ts"));
        store().save(CredentialProfile.of("second", AuthMode.OAUTH2_USER), Map.of(SecretField.CLIENT_ID, "id"));
        ProfileStore again = store();
        assertEquals(List.of("first", "second"), again.list().stream().map(CredentialProfile::name).toList());
        assertEquals(Optional.of("first"), again.defaultProfile());
        assertEquals(Optional.of(new Oauth1Credentials("k", "s", "t", "ts")), again.secretsOf("first").oauth1());
        assertEquals(ClientKind.PUBLIC, again.secretsOf("second").oauth2Client().map(c -> c.clientSecret() == null
                ? ClientKind.PUBLIC : ClientKind.CONFIDENTIAL).orElseThrow());
        again.setDefault("second");
        assertEquals(Optional.of("second"), store().defaultProfile());
        assertEquals("http://localhost:8080/callback", again.find("second").orElseThrow().redirectUri());
    }

    private enum ClientKind { PUBLIC, CONFIDENTIAL }

    @Test
    void deletingAProfileRemovesItsSecrets() {
        FileSecretStore secrets = new FileSecretStore(home.resolve("secrets.json"));
        ProfileStore store = new ProfileStore(home.resolve("profiles.json"), secrets);
        store.save(CredentialProfile.of("gone", AuthMode.OAUTH2_APP_ONLY), Map.of(SecretField.BEARER_TOKEN, "b"));
        store.delete("gone");
        assertEquals(List.of(), store.list());
        assertTrue(secrets.keys().isEmpty());
        assertEquals(Optional.empty(), store.defaultProfile());
    }

    @Test
    void toStringsAndErrorsShowNoSecret() {
        ProfileStore store = store();
        store.save(CredentialProfile.of("p", AuthMode.OAUTH1_USER), canaries());
        ProfileSecrets secrets = store.secretsOf("p");
        String shown = secrets + " " + secrets.oauth1().orElseThrow() + " " + secrets.oauth2Client().orElseThrow()
                + " " + store.list();
        assertFalse(shown.contains("CANARY"), shown);
    }

    @Test
    void aDamagedSecretFileIsSetAsideNotLost() throws IOException {
        Path file = home.resolve("secrets.json");
        Files.writeString(file, "{ not json CANARY");
        FileSecretStore secrets = new FileSecretStore(file);
        assertEquals(Optional.empty(), secrets.read("anything"));
        Path aside = secrets.setAside().orElseThrow();
        assertEquals("{ not json CANARY", Files.readString(aside));
        secrets.write("k", "v");
        assertEquals(Optional.of("v"), new FileSecretStore(file).read("k"));
    }

    @Test
    void aDamagedProfilesFileIsSetAsideAndTheStoreStartsEmpty() throws IOException {
        Files.writeString(home.resolve("profiles.json"), "{\"profiles\":[{\"name\":\"\"}]}");
        ProfileStore store = store();
        assertEquals(List.of(), store.list());
        assertTrue(store.setAside().isPresent());
    }

    @Test
    void anUnwritableLocationGivesAMessageWithoutSecrets() throws IOException {
        // A file where the folder should be fails for every user, root included (permission bits would not).
        Path notAFolder = Files.writeString(home.resolve("not-a-folder"), "");
        FileSecretStore secrets = new FileSecretStore(notAFolder.resolve("secrets.json"));
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> secrets.write("k", "CANARY-secret"));
        assertFalse(e.getMessage().contains("CANARY"));
        assertTrue(e.getMessage().contains("previous version is unchanged"), e.getMessage());
    }

    @Test
    void profileNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> CredentialProfile.of("a/b", AuthMode.OAUTH1_USER));
        assertThrows(IllegalArgumentException.class, () -> CredentialProfile.of(" ", AuthMode.OAUTH1_USER));
    }
}
