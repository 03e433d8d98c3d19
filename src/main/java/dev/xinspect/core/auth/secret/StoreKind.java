package dev.xinspect.core.auth.secret;

/** Which kind of secret store is in use, so the UI can say where secrets are kept ("Secrets are kept in …"). */
public enum StoreKind {
    /** Linux and BSD desktops: GNOME Keyring, KWallet's bridge or KeePassXC, over the freedesktop.org Secret Service API. */
    SECRET_SERVICE("your desktop keyring (Secret Service: GNOME Keyring, KWallet or KeePassXC)"),
    /** macOS: generic password items in the user's default keychain. */
    MAC_KEYCHAIN("the macOS Keychain"),
    /** Windows: generic credentials of the user in Credential Manager. */
    WINDOWS_CREDENTIAL_MANAGER("Windows Credential Manager"),
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
