package dev.xinspect.core.diagnosis.hint;

import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.HintContext;
import dev.xinspect.core.diagnosis.RequestHint;
import dev.xinspect.core.diagnosis.Severity;
import dev.xinspect.core.http.AuthMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commonest auth mistake: an app-only Bearer token on an endpoint that acts for a user (or any mode the
 * endpoint does not list). Fires from the endpoint catalog before X says so, and from X's
 * {@code unsupported-authentication} answer after.
 */
public final class AuthModeHint implements RequestHint {

    @Override
    public Optional<Finding> check(HintContext context) {
        return SentAuthorization.of(context.request()).flatMap(auth -> {
            AuthMode sent = auth.mode();
            Set<AuthMode> accepted = context.endpoints().accepted(context.request().method(), context.request().url());
            boolean catalogSaysNo = !accepted.isEmpty() && sent != AuthMode.NONE && !accepted.contains(sent);
            if (!catalogSaysNo && !context.bodyHasProblem("unsupported-authentication")) {
                return Optional.empty();
            }
            String acceptedText = accepted.isEmpty() ? "a user-context method (OAuth 1.0a or OAuth 2.0 with PKCE)"
                    : accepted.stream().map(AuthMode::label).sorted().collect(Collectors.joining(", "));
            return Optional.of(new Finding(FindingSource.HINT, Severity.WARNING, "hint:auth-mode",
                    "This endpoint does not take " + sent.label(),
                    "The request was sent with " + sent.label() + "; the endpoint accepts " + acceptedText + ".",
                    Map.of("sent", sent.label(), "accepted", acceptedText), List.of("authentication")));
        });
    }
}
