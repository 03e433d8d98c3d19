package dev.xinspect.core.auth.loopback;

import java.util.Map;

/**
 * Judges the decoded query parameters of a redirect: returns what the flow needs next (a code, a verifier) or
 * throws an {@link dev.xinspect.core.auth.OAuthException} whose message is shown on the browser page and in the app.
 */
@FunctionalInterface
public interface CallbackCheck<T> {
    T check(Map<String, String> query);

    /**
     * True when a redirect belongs to this sign-in (it carries its {@code state}, or its request token): only such a
     * redirect may finish or fail it. Any other (a forged one, an old tab, an {@code error=} without state) is
     * answered and ignored, so a stray request cannot cancel a sign-in in progress.
     */
    default boolean belongs(Map<String, String> query) {
        return true;
    }
}
