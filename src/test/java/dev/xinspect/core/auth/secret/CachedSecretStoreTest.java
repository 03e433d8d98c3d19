package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.report.Redactor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedSecretStoreTest {
    @TempDir
    Path folder;

    @Test
    void aSecretStoredAfterTheRedactorWasBuiltIsRedactedAtOnce() {
        CachedSecretStore store = new CachedSecretStore(new FileSecretStore(folder.resolve("secrets.json")));
        Redactor redactor = new Redactor(store::values);
        String opaqueToken = "bXlPcGFxdWVVc2VyVG9rZW4tNDI3MTk";

        assertTrue(redactor.redactText("we saw " + opaqueToken).contains(opaqueToken), "not a secret yet");
        store.write("profile/me/oauth2-access-token", opaqueToken);

        assertFalse(redactor.redactText("we saw " + opaqueToken).contains(opaqueToken));
    }

    @Test
    void theSnapshotIsReplacedOnlyWhenSomethingChanges() {
        FileSecretStore file = new FileSecretStore(folder.resolve("secrets.json"));
        file.write("a", "first-secret-value");
        CachedSecretStore store = new CachedSecretStore(file);

        List<String> first = store.values();
        assertSame(first, store.values());
        store.write("b", "second-secret-value");
        assertNotSame(first, store.values());
        store.delete("a");

        assertEquals(List.of("second-secret-value"), store.values());
        assertEquals(java.util.Set.of("b"), file.keys(), "writes and deletes reach the store underneath");
    }
}
