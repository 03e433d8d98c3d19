package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.http.AuthMode;

/** One entry of the auth picker: a label, the mode it uses, and how it authorizes (its secrets stay inside). */
public record AuthOption(String label, AuthMode mode, RequestAuth auth) {
    @Override
    public String toString() {
        return label;
    }
}
