package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.loopback.CallbackCheck;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Checks an OAuth 2.0 authorize redirect (RFC 6749 §4.1.2): an {@code error} is reported as the server sent it, the
 * {@code state} must equal the one this attempt generated (§10.12, CSRF), and a {@code code} must be present.
 */
public final class AuthorizationCallback implements CallbackCheck<AuthorizationCode> {
    private final String expectedState;

    public AuthorizationCallback(String expectedState) {
        this.expectedState = expectedState;
    }

    @Override
    public boolean belongs(Map<String, String> query) {
        String state = query.get("state");
        return state != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AuthorizationCode check(Map<String, String> query) {
        String error = query.get("error");
        if (error != null) {
            String hint = "access_denied".equals(error) ? "The authorization was declined on the X page" : null;
            throw new OAuthException(error, query.get("error_description"), 0, hint);
        }
        String state = query.get("state");
        if (state == null) {
            throw new OAuthException("state_missing", "The redirect carries no state, so it cannot be matched to this sign-in", 0, null);
        }
        if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8))) {
            throw new OAuthException("state_mismatch", "The redirect's state does not match this sign-in (an old tab, "
                    + "or a request xinspect did not start); it was refused", 0, null);
        }
        String code = query.get("code");
        if (code == null || code.isEmpty()) {
            throw new OAuthException("code_missing", "The redirect carries no authorization code", 0, null);
        }
        return new AuthorizationCode(code, state);
    }
}
