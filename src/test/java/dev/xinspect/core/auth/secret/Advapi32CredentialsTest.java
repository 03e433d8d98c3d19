package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.xinspect.core.auth.secret.Advapi32Credentials.Credential;
import dev.xinspect.core.auth.secret.CredentialApi.CredentialApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JNA side of the Windows store off Windows: a Java advapi32 that hands out real native CREDENTIALW structures
 * and sets the last error as Windows does, so marshalling, CredFree and error mapping run here.
 */
class Advapi32CredentialsTest {
    /** advapi32's Cred* functions over a map, answering with native memory like the real DLL. */
    static final class FakeAdvapi32 implements Advapi32Credentials.Advapi32 {
        final Map<String, byte[]> blobs = new LinkedHashMap<>();
        final List<Credential> written = new ArrayList<>();
        final List<Pointer> handedOut = new ArrayList<>();
        final List<Pointer> freed = new ArrayList<>();
        private final List<Object> keepAlive = new ArrayList<>();

        @Override
        public boolean CredWriteW(Credential credential, int flags) {
            written.add(credential);
            blobs.put(credential.TargetName.toString(), credential.CredentialBlob.getByteArray(0, credential.CredentialBlobSize));
            return true;
        }

        @Override
        public boolean CredReadW(WString targetName, int type, int flags, PointerByReference result) {
            byte[] blob = blobs.get(targetName.toString());
            if (blob == null || type != Advapi32Credentials.CRED_TYPE_GENERIC) {
                Native.setLastError(Advapi32Credentials.ERROR_NOT_FOUND);
                return false;
            }
            result.setValue(nativeCredential(targetName.toString(), blob));
            return true;
        }

        @Override
        public boolean CredDeleteW(WString targetName, int type, int flags) {
            if (blobs.remove(targetName.toString()) == null) {
                Native.setLastError(Advapi32Credentials.ERROR_NOT_FOUND);
                return false;
            }
            return true;
        }

        @Override
        public boolean CredEnumerateW(WString filter, int flags, IntByReference count, PointerByReference result) {
            if (filter.toString().equals("denied*")) {
                Native.setLastError(5);
                return false;
            }
            String prefix = filter.toString().substring(0, filter.length() - 1);
            List<String> targets = blobs.keySet().stream().filter(t -> t.startsWith(prefix)).toList();
            if (targets.isEmpty()) {
                Native.setLastError(Advapi32Credentials.ERROR_NOT_FOUND);
                return false;
            }
            Memory array = new Memory((long) Native.POINTER_SIZE * targets.size());
            for (int i = 0; i < targets.size(); i++) {
                array.setPointer((long) i * Native.POINTER_SIZE, nativeCredential(targets.get(i), blobs.get(targets.get(i))));
            }
            keepAlive.add(array);
            handedOut.add(array);
            count.setValue(targets.size());
            result.setValue(array);
            return true;
        }

        @Override
        public void CredFree(Pointer buffer) {
            freed.add(buffer);
        }

        private Pointer nativeCredential(String target, byte[] blob) {
            Credential credential = new Credential();
            credential.Type = Advapi32Credentials.CRED_TYPE_GENERIC;
            credential.TargetName = new WString(target);
            credential.CredentialBlobSize = blob.length;
            Memory memory = new Memory(Math.max(1, blob.length));
            memory.write(0, blob, 0, blob.length);
            credential.CredentialBlob = memory;
            credential.write();
            keepAlive.add(credential);
            keepAlive.add(memory);
            handedOut.add(credential.getPointer());
            return credential.getPointer();
        }
    }

    private final FakeAdvapi32 dll = new FakeAdvapi32();
    private final Advapi32Credentials api = new Advapi32Credentials(dll);

    @Test
    void writeFillsAGenericLocalMachineCredential() {
        api.write("xinspect/k", "k", "sé€ret".getBytes(StandardCharsets.UTF_8));
        Credential sent = dll.written.get(0);
        assertEquals(Advapi32Credentials.CRED_TYPE_GENERIC, sent.Type);
        assertEquals(Advapi32Credentials.CRED_PERSIST_LOCAL_MACHINE, sent.Persist);
        assertEquals("k", sent.UserName.toString());
        assertArrayEquals("sé€ret".getBytes(StandardCharsets.UTF_8), dll.blobs.get("xinspect/k"));
    }

    @Test
    void readCopiesTheBlobOutOfNativeMemoryAndFreesIt() {
        dll.blobs.put("xinspect/k", "v€".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("v€".getBytes(StandardCharsets.UTF_8), api.read("xinspect/k").orElseThrow());
        assertEquals(dll.handedOut, dll.freed);
        assertEquals(Optional.empty(), api.read("xinspect/missing"));
    }

    @Test
    void enumerateReadsEachTargetNameAndFreesTheArray() {
        dll.blobs.put("xinspect/a", new byte[] {1});
        dll.blobs.put("xinspect/b", new byte[] {2});
        dll.blobs.put("other/c", new byte[] {3});
        assertEquals(List.of("xinspect/a", "xinspect/b"), api.targets("xinspect/*"));
        assertEquals(List.of(dll.handedOut.get(dll.handedOut.size() - 1)), dll.freed);
        assertEquals(List.of(), api.targets("nothing/*"));
    }

    @Test
    void deleteTellsWhetherThereWasOneAndOtherErrorsCarryTheirCode() {
        dll.blobs.put("xinspect/a", new byte[] {1});
        assertTrue(api.delete("xinspect/a"));
        assertFalse(api.delete("xinspect/a"));
        CredentialApiException e = assertThrows(CredentialApiException.class, () -> api.targets("denied*"));
        assertEquals(5, e.errorCode());
        assertEquals("CredEnumerateW failed with Windows error 5", e.getMessage());
    }
}
