package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.RateLimitBook;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitGaugeTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final RateLimitGauge gauge = new RateLimitGauge(new RateLimitBook(), RateLimitGauge::pathShape,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final AuthOption app = new AuthOption("My App", AuthMode.OAUTH2_APP_ONLY, null, "My App");
    private final AuthOption user = new AuthOption("My user", AuthMode.OAUTH1_USER, null, "My user");

    private Exchange answer(String url, long limit, long remaining, long resetIn) {
        Headers headers = new Headers(List.of(new Header("x-rate-limit-limit", Long.toString(limit)),
                new Header("x-rate-limit-remaining", Long.toString(remaining)),
                new Header("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + resetIn))));
        return Exchange.of(SentRequest.of("GET", url, Headers.EMPTY), ReceivedResponse.of(remaining == 0 ? 429 : 200, headers, "{}"));
    }

    @Test
    void theGaugeCountsPerEndpointShapeAndAuthContext() {
        gauge.record(answer("https://api.x.com/2/users/12?user.fields=id", 300, 17, 600), app);

        gauge.show("GET", "https://api.x.com/2/users/99", app);
        assertEquals("17 of 300 left (15-minute window, app · My App), resets in 10 min 00 s", gauge.textProperty().get());
        assertEquals(RateLimitGauge.Level.LOW, gauge.levelProperty().get());

        gauge.show("GET", "https://api.x.com/2/users/99", user);
        assertEquals("", gauge.textProperty().get(), "the user's window is counted apart from the App's");
    }

    @Test
    void aNewScenarioForgetsTheEmptyWindowOfTheLastOne() {
        gauge.record(answer("https://api.x.com/2/tweets/search/recent?query=a", 180, 0, 240), app);
        gauge.show("GET", "https://api.x.com/2/tweets/search/recent", app);

        gauge.forgetAll();

        assertEquals(Optional.empty(), gauge.warningBefore("GET", "https://api.x.com/2/tweets/search/recent", app));
        assertEquals("", gauge.textProperty().get());
    }

    @Test
    void anEmptyWindowWarnsBeforeTheNextSendUntilItResets() {
        gauge.record(answer("https://api.x.com/2/tweets/search/recent?query=a", 180, 0, 240), app);

        Optional<String> warning = gauge.warningBefore("GET", "https://api.x.com/2/tweets/search/recent?query=b", app);

        assertEquals(Optional.of("No requests are left in the 15-minute window for GET /2/tweets/search/recent (app · My App): "
                + "X will answer 429 until 10:04:00 UTC, in 4 min 00 s."), warning);
        gauge.record(answer("https://api.x.com/2/tweets/search/recent?query=a", 180, 0, -1), app);
        assertTrue(gauge.warningBefore("GET", "https://api.x.com/2/tweets/search/recent", app).isEmpty(), "a window that reset is not a warning");
    }
}
