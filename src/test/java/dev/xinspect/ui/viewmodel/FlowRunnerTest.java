package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The Auth tab's message lines: only the newest flow writes them, a forgotten one never does, failures in words. */
class FlowRunnerTest {
    private final AtomicReference<AuthOption> selected =
            new AtomicReference<>(new AuthOption("My bot", AuthMode.OAUTH2_APP_ONLY, null, "My bot"));
    private final AtomicInteger afterFlows = new AtomicInteger();
    private final FlowRunner runner = new FlowRunner(selected::get, () -> step -> { }, Runnable::run, Runnable::run,
            afterFlows::incrementAndGet);

    @Test
    void aFlowThatEndsSaysDoneAndIsNoLongerBusy() {
        CompletableFuture<?> pending = new CompletableFuture<>();
        runner.run("Minting…", (option, sink) -> pending);
        assertEquals("Minting…", runner.messageProperty().get());
        assertTrue(runner.busyProperty().get());

        pending.complete(null);

        assertEquals("Done.", runner.messageProperty().get());
        assertFalse(runner.busyProperty().get());
        assertEquals(1, afterFlows.get());
    }

    @Test
    void aFlowForgottenBeforeItEndsLeavesNoDoneBehind() {
        CompletableFuture<?> pending = new CompletableFuture<>();
        runner.run("Refreshing the access token…", (option, sink) -> pending);
        runner.forget(); // another profile was chosen

        pending.complete(null);

        assertEquals("", runner.messageProperty().get());
        assertEquals("", runner.errorProperty().get());
        assertEquals(1, afterFlows.get(), "what the profile holds is read again all the same");
    }

    @Test
    void aFailureReadsAsASentenceWithoutAJavaClassName() {
        runner.run("Revoking…", FlowRunner.sync((option, sink) -> {
            throw new UncheckedIOException(new ConnectException("Connection refused"));
        }));

        assertEquals("That did not work: the server refused the connection or could not be reached; nothing was changed.",
                runner.errorProperty().get());
        assertEquals("", runner.messageProperty().get());
    }

    @Test
    void withoutAProfileNothingRuns() {
        selected.set(null);
        AtomicInteger started = new AtomicInteger();

        runner.run("Minting…", (option, sink) -> CompletableFuture.completedFuture(started.incrementAndGet()));

        assertEquals("Choose a profile first.", runner.errorProperty().get());
        assertEquals(0, started.get());
    }
}
