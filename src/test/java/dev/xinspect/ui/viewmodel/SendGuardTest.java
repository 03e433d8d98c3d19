package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendGuardTest {
    private final SendGuard guard = new SendGuard();
    private final AuthOption profile = new AuthOption("Bot", AuthMode.OAUTH2_APP_ONLY, null, "Bot");
    private final SentRequest withOwnAuthorization = SentRequest.of("GET", "https://api.x.com/2/users/me",
            Headers.of("Authorization", "Bearer {{token}}"));

    @Test
    void aProfileAboutToReplaceTheRequestsOwnAuthorizationIsAskedFirst() {
        guard.add((request, auth) -> Optional.of("No requests are left in this 15-minute window."));

        assertEquals(List.of("The request has its own Authorization header, and the profile “Bot” replaces it at Send. Choose "
                + "“As in the request's headers” in Auth to send it as it is.", "No requests are left in this 15-minute window."),
                guard.reasons(withOwnAuthorization, profile));
        assertEquals(List.of("No requests are left in this 15-minute window."),
                guard.reasons(withOwnAuthorization, AuthOption.asInHeaders()));
    }

    @Test
    void aHeldRequestIsOneWarningUntilDismissed() {
        guard.add((request, auth) -> Optional.empty());
        assertFalse(guard.holds(SentRequest.of("GET", "https://api.x.com/2/users/me", Headers.EMPTY), profile));
        assertEquals("", guard.warning().get());

        guard.add((request, auth) -> auth.isNone() ? Optional.empty() : Optional.of("This endpoint does not accept " + auth.label() + "."));
        assertTrue(guard.holds(withOwnAuthorization, profile));
        assertEquals(2, guard.warning().get().lines().count());
        assertTrue(guard.warning().get().endsWith("\nThis endpoint does not accept Bot."));

        guard.dismiss();
        assertEquals("", guard.warning().get());
    }
}
