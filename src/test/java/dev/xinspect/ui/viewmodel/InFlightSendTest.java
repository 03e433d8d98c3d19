package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.net.ConnectException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class InFlightSendTest {
    private final Queue<Runnable> workerQueue = new ArrayDeque<>();
    private final Executor worker = workerQueue::add;
    private final List<Exchange> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private long now = 5_000_000_000L;
    private RuntimeException toThrow;
    private final InFlightSend flight = new InFlightSend((request, auth) -> {
        if (toThrow != null) {
            throw toThrow;
        }
        return Exchange.of(request, ReceivedResponse.of(200, Headers.EMPTY, "{}"));
    }, shown::add, worker, Runnable::run, () -> now);

    private static SentRequest get(String path) {
        return SentRequest.of("GET", "http://127.0.0.1:9" + path, Headers.EMPTY);
    }

    private void runWorker() {
        while (!workerQueue.isEmpty()) {
            workerQueue.poll().run();
        }
    }

    @Test
    void onlyTheLatestSendsAnswerIsShown() {
        CompletableFuture<Void> first = flight.start(get("/2/users/me"), AuthOption.none(), failures::add);
        flight.start(get("/2/tweets/20"), AuthOption.none(), failures::add);
        runWorker();

        assertTrue(first.isDone());
        assertEquals(List.of("http://127.0.0.1:9/2/tweets/20"), shown.stream().map(e -> e.request().url()).toList());
        assertFalse(flight.sending().get());
    }

    @Test
    void aCancelledSendsAnswerIsDropped() {
        flight.start(get("/2/users/me"), AuthOption.none(), failures::add);
        assertTrue(flight.sending().get());

        flight.cancel();
        runWorker();

        assertEquals(List.of(), shown);
        assertFalse(flight.sending().get());
    }

    @Test
    void theWaitIsInTenthsThenWholeSeconds() {
        flight.start(get("/2/users/me"), AuthOption.none(), failures::add);
        now += 1_430_000_000L;
        flight.tick();
        assertEquals("1.4 s", flight.elapsed().get());
        now += 10_700_000_000L;
        flight.tick();
        assertEquals("12 s", flight.elapsed().get());
    }

    @Test
    void aFailureIsOneSentenceWithoutAClassName() {
        toThrow = new CredentialsUnavailableException("The profile Bot is not signed in yet.");
        flight.start(get("/2/users/me"), AuthOption.none(), failures::add);
        runWorker();
        toThrow = new IllegalStateException(new ConnectException());
        flight.start(get("/2/users/me"), AuthOption.none(), failures::add);
        runWorker();

        assertEquals(List.of("The profile Bot is not signed in yet.", "The request could not be sent: the server refused the "
                + "connection or could not be reached. What you typed is unchanged."), failures);
        assertEquals(List.of(), shown);
    }

    @Test
    void aSendNeedsAUrlAndNoneInFlight() {
        SimpleStringProperty url = new SimpleStringProperty("");
        var canStart = flight.canStart(url);
        assertFalse(canStart.get());
        url.set("{{baseUrl}}/2/users/me");
        assertTrue(canStart.get());
        flight.start(get("/2/users/me"), AuthOption.none(), failures::add);
        assertFalse(canStart.get());
    }
}
