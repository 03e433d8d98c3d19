package dev.xinspect.core.auth.oauth2;

import dev.xinspect.core.auth.loopback.PendingCallback;
import java.util.concurrent.CompletableFuture;

/**
 * A sign-in under way in the system browser: {@code attempt} as actually sent (its callback port filled in), {@code callback} completes when the redirect arrives (its addresses
 * say where xinspect listens), {@code tokens} when the code has been exchanged. Close the callback to cancel.
 * {@code browserProblem} is empty when the browser opened; otherwise it says why not, and the listener still waits
 * for the user to open the authorize URL by hand (or to paste the address the browser ends on).
 */
public record BrowserSignIn(PkceAttempt attempt, PendingCallback<AuthorizationCode> callback, CompletableFuture<OAuth2Token> tokens,
                            String browserProblem) {
    public boolean browserOpened() {
        return browserProblem.isEmpty();
    }
}
