/**
 * Where credentials live. Profiles (names and non-secret settings) go to a plain JSON file that workspaces refer to
 * by name; every key, secret and token goes to a {@link dev.xinspect.core.auth.secret.SecretStore}: the OS keychain
 * (Secret Service through {@code secret-tool}, the macOS Keychain through {@code security}, Windows Credential
 * Manager through JNA) when {@link dev.xinspect.core.auth.secret.SecretStores} finds one that answers, else a JSON file
 * created with owner-only permissions (0600) from its first byte. Files are replaced atomically. A secret never goes
 * on a command line or into an exception message. No UI and no printing here.
 */
package dev.xinspect.core.auth.secret;
