package dev.xinspect.core.auth.secret;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link CredentialApi} over advapi32.dll through JNA. JNA's own platform library does not map the Cred* functions,
 * so the few it needs are declared here, with the CREDENTIALW layout from wincred.h.
 */
final class Advapi32Credentials implements CredentialApi {
    static final int CRED_TYPE_GENERIC = 1;
    /** Kept for the user on this machine, across logons; not roamed to other machines (CRED_PERSIST_ENTERPRISE). */
    static final int CRED_PERSIST_LOCAL_MACHINE = 2;
    static final int ERROR_NOT_FOUND = 1168;

    /** The Unicode entry points of advapi32.dll that the store calls. */
    interface Advapi32 extends StdCallLibrary {
        boolean CredWriteW(Credential credential, int flags);

        boolean CredReadW(WString targetName, int type, int flags, PointerByReference credential);

        boolean CredDeleteW(WString targetName, int type, int flags);

        boolean CredEnumerateW(WString filter, int flags, IntByReference count, PointerByReference credentials);

        void CredFree(Pointer buffer);
    }

    /** CREDENTIALW; FILETIME LastWritten is inlined as its two DWORDs, which keeps its 4-byte alignment. */
    @Structure.FieldOrder({"Flags", "Type", "TargetName", "Comment", "LastWrittenLow", "LastWrittenHigh",
            "CredentialBlobSize", "CredentialBlob", "Persist", "AttributeCount", "Attributes", "TargetAlias", "UserName"})
    public static final class Credential extends Structure {
        public int Flags;
        public int Type;
        public WString TargetName;
        public WString Comment;
        public int LastWrittenLow;
        public int LastWrittenHigh;
        public int CredentialBlobSize;
        public Pointer CredentialBlob;
        public int Persist;
        public int AttributeCount;
        public Pointer Attributes;
        public WString TargetAlias;
        public WString UserName;

        public Credential() {
        }

        Credential(Pointer memory) {
            super(memory);
            read();
        }

        int offsetOf(String field) {
            return fieldOffset(field);
        }
    }

    private final Advapi32 advapi32;

    Advapi32Credentials(Advapi32 advapi32) {
        this.advapi32 = advapi32;
    }

    /** Loads advapi32.dll; only on Windows. */
    static Advapi32Credentials load() {
        return new Advapi32Credentials(Native.load("Advapi32", Advapi32.class));
    }

    @Override
    public void write(String target, String userName, byte[] blob) {
        Credential credential = new Credential();
        credential.Type = CRED_TYPE_GENERIC;
        credential.TargetName = new WString(target);
        credential.UserName = new WString(userName);
        credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
        credential.CredentialBlobSize = blob.length;
        Memory memory = blob.length == 0 ? null : new Memory(blob.length);
        try {
            if (memory != null) {
                memory.write(0, blob, 0, blob.length);
            }
            credential.CredentialBlob = memory;
            if (!advapi32.CredWriteW(credential, 0)) {
                throw new CredentialApiException("CredWriteW", Native.getLastError());
            }
        } finally {
            if (memory != null) {
                memory.clear();
                memory.close();
            }
        }
    }

    @Override
    public Optional<byte[]> read(String target) {
        PointerByReference result = new PointerByReference();
        if (!advapi32.CredReadW(new WString(target), CRED_TYPE_GENERIC, 0, result)) {
            int error = Native.getLastError();
            if (error == ERROR_NOT_FOUND) {
                return Optional.empty();
            }
            throw new CredentialApiException("CredReadW", error);
        }
        try {
            Credential credential = new Credential(result.getValue());
            return Optional.of(credential.CredentialBlobSize == 0 ? new byte[0]
                    : credential.CredentialBlob.getByteArray(0, credential.CredentialBlobSize));
        } finally {
            advapi32.CredFree(result.getValue());
        }
    }

    @Override
    public boolean delete(String target) {
        if (advapi32.CredDeleteW(new WString(target), CRED_TYPE_GENERIC, 0)) {
            return true;
        }
        int error = Native.getLastError();
        if (error == ERROR_NOT_FOUND) {
            return false;
        }
        throw new CredentialApiException("CredDeleteW", error);
    }

    @Override
    public List<String> targets(String filter) {
        IntByReference count = new IntByReference();
        PointerByReference credentials = new PointerByReference();
        if (!advapi32.CredEnumerateW(new WString(filter), 0, count, credentials)) {
            int error = Native.getLastError();
            if (error == ERROR_NOT_FOUND) {
                return List.of();
            }
            throw new CredentialApiException("CredEnumerateW", error);
        }
        try {
            List<String> targets = new ArrayList<>();
            for (Pointer each : credentials.getValue().getPointerArray(0, count.getValue())) {
                targets.add(new Credential(each).TargetName.toString());
            }
            return targets;
        } finally {
            advapi32.CredFree(credentials.getValue());
        }
    }
}
