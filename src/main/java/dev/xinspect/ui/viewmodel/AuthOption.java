package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.profile.ProfileBook;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.http.AuthMode;

/**
 * One entry of the auth picker: a profile of a book (the sandbox's, or the user's), or no auth. It names the
 * profile; the secrets stay in the book until the request is sent.
 */
public record AuthOption(String label, AuthMode mode, ProfileBook book, String profile) {
    public static AuthOption none() {
        return new AuthOption("No auth", AuthMode.NONE, null, null);
    }

    /** Sends the request's own {@code Authorization} header (an imported one) as it is: nothing is added or replaced. */
    public static AuthOption asInHeaders() {
        return new AuthOption("As in the request's headers", AuthMode.NONE, null, null);
    }

    public static AuthOption of(ProfileBook book, CredentialProfile profile) {
        return new AuthOption(profile.name(), profile.authMode(), book, profile.name());
    }

    public boolean isNone() {
        return mode == AuthMode.NONE;
    }

    @Override
    public String toString() {
        return label;
    }
}
