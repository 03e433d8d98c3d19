package dev.xinspect.core.auth.oauth2;

import java.util.Base64;
import java.util.random.RandomGenerator;

/** The OAuth {@code state} value (RFC 6749 §10.12): unguessable, tied to one sign-in attempt, checked on return. */
public final class StateToken {
    private StateToken() {
    }

    /** 16 random bytes as URL-safe Base64: 22 characters, safe in a query string as it is. */
    public static String generate(RandomGenerator random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
