package dev.xinspect.core.catalog;

import dev.xinspect.core.http.AuthMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Before sending: does the endpoint accept the auth mode chosen, and (when the token's scopes are known) does an
 * OAuth 2.0 user token carry every scope the endpoint lists? Answers nothing when all is well or the spec does not
 * say. Pure functions.
 */
public final class AuthModeCheck {
    private AuthModeCheck() {
    }

    /** A sentence when the endpoint does not accept {@code chosen}, else empty. */
    public static Optional<String> check(Endpoint endpoint, AuthMode chosen) {
        return check(endpoint, chosen, null);
    }

    /**
     * As {@link #check(Endpoint, AuthMode)}, and for {@link AuthMode#OAUTH2_USER} with {@code grantedScopes} known
     * (null when not), a sentence naming the scopes the token lacks.
     */
    public static Optional<String> check(Endpoint endpoint, AuthMode chosen, Set<String> grantedScopes) {
        if (endpoint.accepts(chosen)) {
            if (chosen == AuthMode.OAUTH2_USER && grantedScopes != null && !endpoint.needsNoAuth()) {
                List<String> missing = endpoint.oauth2Scopes().stream().filter(s -> !grantedScopes.contains(s)).toList();
                if (!missing.isEmpty()) {
                    return Optional.of(endpoint.label() + " needs the OAuth 2.0 scope" + (endpoint.oauth2Scopes().size() > 1 ? "s " : " ")
                            + and(endpoint.oauth2Scopes()) + "; this token lacks " + and(missing) + ".");
                }
            }
            return Optional.empty();
        }
        String accepted = or(endpoint.authModes().stream().map(AuthMode::label).toList());
        if (chosen == AuthMode.NONE) {
            return Optional.of(endpoint.label() + " needs authentication; it accepts " + accepted + ".");
        }
        return Optional.of(endpoint.label() + " does not accept " + chosen.label() + "; it accepts " + accepted + ".");
    }

    static String or(Collection<String> items) {
        return join(List.copyOf(items), " or ");
    }

    static String and(Collection<String> items) {
        return join(List.copyOf(items), " and ");
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
