package dev.xinspect.core.auth;

import java.util.Base64;
import java.util.random.RandomGenerator;

/** Where {@code oauth_nonce} values come from; inject a fixed one in tests. */
@FunctionalInterface
public interface NonceSource {
    String next();

    /** 32 random bytes as URL-safe Base64 without padding: 43 unreserved characters, as X's examples use. */
    static NonceSource from(RandomGenerator random) {
        return () -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }
}
