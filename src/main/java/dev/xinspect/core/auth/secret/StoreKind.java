package dev.xinspect.core.auth.secret;

/** Which kind of secret store is in use, so the UI can say where secrets are kept. */
public enum StoreKind {
    /** No OS keychain is used: a file only the current user can read (0600 on POSIX systems). */
    PROTECTED_FILE("a file only your user can read");

    private final String description;

    StoreKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
