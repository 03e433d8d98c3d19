package dev.xinspect.core.auth;

/**
 * How the workbench authenticates one request: not at all, with a Bearer token (app-only or OAuth 2.0 user), or by
 * signing it with OAuth 1.0a user credentials. The values are secrets: {@code toString()} never shows them.
 */
public sealed interface RequestAuth {

    /** No Authorization header. */
    record None() implements RequestAuth {
    }

    /** {@code Authorization: Bearer …}. */
    record Bearer(String token) implements RequestAuth {
        @Override
        public String toString() {
            return "Bearer[" + SecretMask.mask(token) + "]";
        }
    }

    /** Signed per request with HMAC-SHA1 (RFC 5849). */
    record Oauth1(Oauth1Credentials credentials) implements RequestAuth {
    }
}
