package dev.xinspect.core.auth.loopback;

import java.util.Map;

/**
 * Judges the decoded query parameters of a redirect: returns what the flow needs next (a code, a verifier) or
 * throws an {@link dev.xinspect.core.auth.OAuthException} whose message is shown on the browser page and in the app.
 */
@FunctionalInterface
public interface CallbackCheck<T> {
    T check(Map<String, String> query);
}
