package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.profile.CredentialsUnavailableException;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor's request in flight: sent on the worker, whether it is still waiting and for how long, and which answer
 * still counts. Cancel or a newer send makes an earlier answer stale, so a late exchange or failure never replaces
 * what the user sees now. Called on the FX thread; results come back on it.
 */
final class InFlightSend {
    private final BiFunction<SentRequest, AuthOption, Exchange> sender;
    private final Consumer<Exchange> onExchange;
    private final Executor worker;
    private final Executor fxThread;
    private final LongSupplier nanoTime;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private long generation;
    private long startedNanos;

    /**
     * @param sender     authorizes and sends, on the worker
     * @param onExchange takes the exchange of the latest send, on the FX thread
     * @param nanoTime   a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    InFlightSend(BiFunction<SentRequest, AuthOption, Exchange> sender, Consumer<Exchange> onExchange, Executor worker,
                 Executor fxThread, LongSupplier nanoTime) {
        this.sender = sender;
        this.onExchange = onExchange;
        this.worker = worker;
        this.fxThread = fxThread;
        this.nanoTime = nanoTime;
    }

    /**
     * Sends {@code request} with {@code auth} on the worker; on the FX thread, unless cancelled or sent again since,
     * hands on the exchange, or to {@code onFailure} one sentence saying why there is none. Completes when that is done.
     */
    CompletableFuture<Void> start(SentRequest request, AuthOption auth, Consumer<String> onFailure) {
        long current = ++generation;
        sending.set(true);
        startedNanos = nanoTime.getAsLong();
        elapsed.set("");
        return CompletableFuture.supplyAsync(() -> sender.apply(request, auth), worker).handleAsync((answer, failure) -> {
            if (current == generation) {
                sending.set(false);
                if (failure == null) {
                    onExchange.accept(answer);
                } else {
                    onFailure.accept(messageOf(failure));
                }
            }
            return null;
        }, fxThread);
    }

    /** Whether a send may start: none in flight, and a URL typed. */
    BooleanBinding canStart(StringExpression url) {
        return Bindings.createBooleanBinding(() -> !sending.get() && !url.get().isBlank(), sending, url);
    }

    /** Stops waiting; the answer, when it comes, is dropped. */
    void cancel() {
        generation++;
        sending.set(false);
    }

    /** Updates the waiting time: tenths of a second up to 10 s ("1.4 s"), whole seconds after. */
    void tick() {
        if (sending.get()) {
            long millis = (nanoTime.getAsLong() - startedNanos) / 1_000_000;
            elapsed.set(millis < 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : millis / 1000 + " s");
        }
    }

    /** Credentials that are not ready say what to do; anything else unexpected still gets one sentence. */
    static String messageOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CredentialsUnavailableException || cause instanceof OAuthException) {
            return cause.getMessage();
        }
        return "The request could not be sent: " + FailureText.reason(cause) + ". What you typed is unchanged.";
    }

    ReadOnlyBooleanProperty sending() {
        return sending.getReadOnlyProperty();
    }

    ReadOnlyStringProperty elapsed() {
        return elapsed.getReadOnlyProperty();
    }
}
