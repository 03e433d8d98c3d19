package dev.xinspect.core.auth;

/** How auth types show a secret in {@code toString()} and on screen: its length only, never a character of it. */
public final class SecretMask {
    private SecretMask() {
    }

    public static String mask(String secret) {
        if (secret == null) {
            return "null";
        }
        return secret.isEmpty() ? "(empty)" : "•••• (" + secret.length() + " chars)";
    }
}
