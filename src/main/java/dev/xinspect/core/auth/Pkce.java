package dev.xinspect.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Proof Key for Code Exchange (RFC 7636): code verifiers and their {@code S256} or {@code plain} challenges.
 * Generate verifiers from a {@link java.security.SecureRandom} in production; tests pass a seeded generator.
 */
public final class Pkce {
    public static final int MIN_VERIFIER_LENGTH = 43;
    public static final int MAX_VERIFIER_LENGTH = 128;

    private Pkce() {
    }

    /** The challenge method: X accepts both; {@code S256} is the one to use, {@code plain} is shown for teaching. */
    public enum Method {
        S256, PLAIN;

        /** The value of {@code code_challenge_method}. */
        public String wireName() {
            return this == S256 ? "S256" : "plain";
        }
    }

    /** A verifier of 32 random bytes, URL-safe Base64 without padding: 43 characters (RFC 7636 §4.1). */
    public static String newVerifier(RandomGenerator random) {
        return newVerifier(random, 32);
    }

    /** A verifier from {@code byteCount} random bytes; 32 to 96 bytes give the 43 to 128 characters §4.1 allows. */
    public static String newVerifier(RandomGenerator random, int byteCount) {
        if (byteCount < 32 || byteCount > 96) {
            throw new IllegalArgumentException("A verifier needs 32 to 96 random bytes, not " + byteCount);
        }
        byte[] bytes = new byte[byteCount];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code BASE64URL(SHA256(ASCII(verifier)))} without padding (RFC 7636 §4.2). */
    public static String challengeS256(String verifier) {
        requireValidVerifier(verifier);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The {@code plain} challenge is the verifier itself (RFC 7636 §4.2). */
    public static String challengePlain(String verifier) {
        requireValidVerifier(verifier);
        return verifier;
    }

    public static String challenge(String verifier, Method method) {
        return method == Method.S256 ? challengeS256(verifier) : challengePlain(verifier);
    }

    /** RFC 7636 §4.1: 43–128 characters from {@code [A-Z] [a-z] [0-9] - . _ ~}. The message never quotes the verifier. */
    public static void requireValidVerifier(String verifier) {
        if (verifier == null) {
            throw new IllegalArgumentException("No code verifier given");
        }
        if (verifier.length() < MIN_VERIFIER_LENGTH || verifier.length() > MAX_VERIFIER_LENGTH) {
            throw new IllegalArgumentException("A code verifier must be 43 to 128 characters long, this one has "
                    + verifier.length());
        }
        for (int i = 0; i < verifier.length(); i++) {
            if (!PercentEncoding.isUnreserved(verifier.charAt(i))) {
                throw new IllegalArgumentException("A code verifier may only use letters, digits and - . _ ~ "
                        + "(character " + (i + 1) + " is not one of them)");
            }
        }
    }
}
