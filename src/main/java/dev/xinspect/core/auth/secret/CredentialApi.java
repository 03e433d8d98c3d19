package dev.xinspect.core.auth.secret;

import java.util.List;
import java.util.Optional;

/**
 * The four Windows Credential Manager calls the store needs, on generic credentials of the current user
 * ({@code CRED_TYPE_GENERIC}). A failed call throws {@link CredentialApiException} with the Win32 error code.
 */
interface CredentialApi {
    /** CredWriteW: creates or replaces the credential {@code target}. */
    void write(String target, String userName, byte[] blob);

    /** CredReadW: the credential's blob, or empty when there is none (ERROR_NOT_FOUND). */
    Optional<byte[]> read(String target);

    /** CredDeleteW: false when there was none. */
    boolean delete(String target);

    /** CredEnumerateW: the target names matching {@code filter} (a trailing {@code *} is a wildcard). */
    List<String> targets(String filter);

    /** A Credential Manager call failed with a Win32 error; the message never holds a credential. */
    final class CredentialApiException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int errorCode;

        CredentialApiException(String call, int errorCode) {
            super(call + " failed with Windows error " + errorCode);
            this.errorCode = errorCode;
        }

        int errorCode() {
            return errorCode;
        }
    }
}
