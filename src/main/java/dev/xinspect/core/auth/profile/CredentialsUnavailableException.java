package dev.xinspect.core.auth.profile;

/**
 * A profile cannot authenticate a request yet (no token, an expired token that cannot be refreshed, keys missing).
 * The message says what to do, in one sentence, and never holds a secret.
 */
public final class CredentialsUnavailableException extends RuntimeException {
    public CredentialsUnavailableException(String message) {
        super(message);
    }
}
