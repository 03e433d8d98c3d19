package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowsCredentialStoreTest {
    private final FakeCredentialApi api = new FakeCredentialApi();
    private final WindowsCredentialStore store = new WindowsCredentialStore(api, "xinspect");

    @Test
    void secretsAreGenericCredentialsNamedByPrefixAndKeyWithUtf8Blobs() {
        store.write("profile/my app/client-secret", "sé€ret");
        assertEquals(Set.of("xinspect/profile/my app/client-secret"), api.credentials.keySet());
        assertArrayEquals("sé€ret".getBytes(StandardCharsets.UTF_8), api.credentials.get("xinspect/profile/my app/client-secret"));
        assertEquals(List.of("profile/my app/client-secret"), api.userNames);
        assertEquals(Optional.of("sé€ret"), store.read("profile/my app/client-secret"));
        store.delete("profile/my app/client-secret");
        assertEquals(Optional.empty(), store.read("profile/my app/client-secret"));
        store.delete("profile/my app/client-secret");
    }

    @Test
    void keysAreThisAppsCredentialsOnly() {
        store.write("a", "1");
        api.credentials.put("xinspect-other/b", new byte[] {1});
        api.credentials.put("XINSPECT/c", new byte[] {1});
        api.credentials.put("git:https://github.com", new byte[] {1});
        assertEquals(Set.of("a"), store.keys());
    }

    @Test
    void aBlobOverCredentialManagersLimitIsRefusedWithoutTheSecret() {
        store.write("k", "x".repeat(WindowsCredentialStore.MAX_BLOB));
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.write("k", "CANARY" + "x".repeat(2600)));
        assertEquals("The secret for k is too long for Windows Credential Manager (2606 bytes; at most 2560)", e.getMessage());
    }

    @Test
    void win32ErrorsBecomePlainMessages() {
        api.failWith = 1312;
        assertEquals("Windows Credential Manager could not save k (no logon session: Credential Manager keeps credentials only "
                + "for an interactive user)", assertThrows(SecretStoreException.class, () -> store.write("k", "CANARY")).getMessage());
        api.failWith = 1004;
        assertEquals("Windows Credential Manager could not list its credentials (CredEnumerateW failed with Windows error 1004)",
                assertThrows(SecretStoreException.class, store::keys).getMessage());
    }

    @Test
    void theCredentialLayoutMatchesWincredH() {
        // CREDENTIALW on 64-bit Windows is 80 bytes with TargetName at 8, CredentialBlob at 40 and UserName at 72;
        // JNA lays the structure out the same way on any 64-bit platform, so this checks the field list here.
        assumeTrue(Native.POINTER_SIZE == 8, "a 64-bit JVM");
        Advapi32Credentials.Credential credential = new Advapi32Credentials.Credential();
        assertEquals(80, credential.size());
        assertEquals(8, credential.offsetOf("TargetName"));
        assertEquals(24, credential.offsetOf("LastWrittenLow"));
        assertEquals(32, credential.offsetOf("CredentialBlobSize"));
        assertEquals(40, credential.offsetOf("CredentialBlob"));
        assertEquals(48, credential.offsetOf("Persist"));
        assertEquals(72, credential.offsetOf("UserName"));
    }
}
