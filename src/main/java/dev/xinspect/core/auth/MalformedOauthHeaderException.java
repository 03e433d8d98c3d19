package dev.xinspect.core.auth;

/** An {@code Authorization: OAuth} header that cannot be read; the message says where, never quoting a secret. */
public final class MalformedOauthHeaderException extends IllegalArgumentException {
    public MalformedOauthHeaderException(String message) {
        super(message);
    }
}
