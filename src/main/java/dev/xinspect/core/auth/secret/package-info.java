/**
 * Where credentials live. Profiles (names and non-secret settings) go to a plain JSON file that workspaces refer to
 * by name; every key, secret and token goes to a {@link dev.xinspect.core.auth.secret.SecretStore}, today a JSON file
 * created with owner-only permissions (0600) from its first byte. Both files are replaced atomically.
 */
package dev.xinspect.core.auth.secret;
