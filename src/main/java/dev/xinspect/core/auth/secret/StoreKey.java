package dev.xinspect.core.auth.secret;

/**
 * The rule for keys in the OS keychains. Keys are not secret (they become item attributes, account names and
 * target names a keychain shows), but they travel on command lines and in line-based output, so they must be one
 * printable line and must not look like an option.
 */
final class StoreKey {
    static final int MAX_LENGTH = 512;

    private StoreKey() {
    }

    static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A secret store key must have 1 to " + MAX_LENGTH + " characters");
        }
        if (key.startsWith("-") || key.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A secret store key may not start with '-' or contain control characters");
        }
        return key;
    }
}
