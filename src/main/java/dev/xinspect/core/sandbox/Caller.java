package dev.xinspect.core.sandbox;

import dev.xinspect.core.http.AuthMode;
import java.util.Set;

/** Who is calling, once their credentials checked out: the auth mode, the user (null for app-only), scopes, write access. */
record Caller(AuthMode mode, String userId, Set<String> scopes, boolean canWrite) {

    boolean isUser() {
        return userId != null;
    }

    /** Rate limits are counted per App for app-only calls and per user token otherwise. */
    String rateKey() {
        return isUser() ? "user:" + userId : "app";
    }
}
