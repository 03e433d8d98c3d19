package dev.xinspect.core.auth.secret;

import dev.xinspect.core.http.AuthMode;
import java.util.List;
import java.util.Objects;

/**
 * A named set of credentials (an app, or an app and a user) as workspaces refer to it: the name, how it
 * authenticates, and non-secret OAuth 2.0 settings. Its keys and tokens are in the {@link SecretStore}, never here.
 *
 * @param redirectUri the callback URL registered for the app (OAuth 2.0 user context), or null
 * @param scopes      the scopes to ask for (OAuth 2.0 user context); empty otherwise
 */
public record CredentialProfile(String name, AuthMode authMode, String redirectUri, List<String> scopes) {
    public static final String DEFAULT_REDIRECT_URI = "http://localhost:8080/callback";

    public CredentialProfile {
        requireValidName(name);
        Objects.requireNonNull(authMode, "authMode");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public static CredentialProfile of(String name, AuthMode authMode) {
        return new CredentialProfile(name, authMode, authMode == AuthMode.OAUTH2_USER ? DEFAULT_REDIRECT_URI : null, List.of());
    }

    /** Names are shown in menus and used in store keys: 1–64 characters, no slash and no control characters. */
    public static void requireValidName(String name) {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("A profile name must have 1 to 64 characters");
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == '/')) {
            throw new IllegalArgumentException("A profile name may not contain '/' or control characters");
        }
    }
}
