package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.SecretMask;

/** The code an authorize redirect brought back, with the state it carried. {@link #toString()} hides the code. */
public record AuthorizationCode(String code, String state) {
    @Override
    public String toString() {
        return "AuthorizationCode[code=" + SecretMask.mask(code) + ", state checked]";
    }
}
