package dev.xinspect.core.auth.secret;

/** The secret or profile store could not be read or written; the message names the file, never a secret. */
public final class SecretStoreException extends RuntimeException {
    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
