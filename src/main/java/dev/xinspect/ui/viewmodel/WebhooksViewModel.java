package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.webhook.CrcResponder;
import dev.xinspect.core.webhook.ReceivedEvent;
import dev.xinspect.core.webhook.ReceivedEvents;
import dev.xinspect.core.webhook.SignatureChecker;
import dev.xinspect.core.webhook.SignatureVerdict;
import dev.xinspect.core.webhook.WebhookHmac;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The Webhooks window: the CRC answer for a {@code crc_token}, the verdict on a pasted event's
 * {@code x-twitter-webhooks-signature}, and what the sandbox's receiver has been sent. Both checks are recomputed as
 * the user types (an HMAC takes microseconds); delivering a pasted event to the receiver runs on the worker.
 */
public final class WebhooksViewModel {
    private final CrcResponder crc;
    private final SignatureChecker checker;
    private final ReceivedEvents received;
    private final Function<SentRequest, Exchange> sender;
    private final Executor worker;
    private final Executor fxThread;
    private final String receiverUrl;
    private final StringProperty consumerSecret = new SimpleStringProperty("");
    private final StringProperty crcToken = new SimpleStringProperty("");
    private final StringProperty eventBody = new SimpleStringProperty("");
    private final StringProperty signatureHeader = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper crcResponse = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper signatureValid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper deliveryStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<ReceivedEvent> events = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final Consumer<ReceivedEvent> onReceived;

    /**
     * @param received      the sandbox receiver's log; events arriving later are added on {@code fxThread}
     * @param receiverUrl   where that receiver listens
     * @param defaultSecret the consumer secret filled in at first (the sandbox App's, a published value)
     */
    public WebhooksViewModel(CrcResponder crc, SignatureChecker checker, ReceivedEvents received, String receiverUrl,
                             String defaultSecret, Function<SentRequest, Exchange> sender, Executor worker, Executor fxThread) {
        this.crc = crc;
        this.checker = checker;
        this.received = received;
        this.receiverUrl = receiverUrl;
        this.sender = sender;
        this.worker = worker;
        this.fxThread = fxThread;
        consumerSecret.set(defaultSecret);
        consumerSecret.addListener((obs, old, now) -> recompute());
        crcToken.addListener((obs, old, now) -> recompute());
        eventBody.addListener((obs, old, now) -> recompute());
        signatureHeader.addListener((obs, old, now) -> recompute());
        // "The receiver answered 200." was about the event as delivered, not as edited since.
        eventBody.addListener((obs, old, now) -> deliveryStatus.set(""));
        signatureHeader.addListener((obs, old, now) -> deliveryStatus.set(""));
        events.setAll(received.all());
        onReceived = event -> fxThread.execute(() -> events.add(event));
        received.subscribe(onReceived);
    }

    private void recompute() {
        String secret = consumerSecret.get();
        if (secret == null || secret.isEmpty()) {
            crcResponse.set("Enter the App's consumer secret (API key secret).");
            verdict.set("");
            signatureValid.set(false);
            return;
        }
        crcResponse.set(crcToken.get().isEmpty() ? "" : crc.responseBody(crcToken.get(), secret));
        if (eventBody.get().isEmpty() && signatureHeader.get().isEmpty()) {
            verdict.set("");
            signatureValid.set(false);
            return;
        }
        SignatureVerdict result = checker.check(eventBody.get(), signatureHeader.get(), secret);
        signatureValid.set(result.valid());
        verdict.set((result.valid() ? "✔ " : "✘ ") + result.reason() + "\nExpected: " + result.expected());
    }

    /** Puts the header this body and secret produce into the signature field, to deliver a correctly signed event. */
    public void signBody() {
        String secret = consumerSecret.get();
        if (secret != null && !secret.isEmpty()) {
            signatureHeader.set(WebhookHmac.sign(secret, eventBody.get().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    /** POSTs the pasted body with the pasted signature header to the sandbox's receiver, as X delivers an event. */
    public CompletableFuture<Void> deliver() {
        Headers headers = Headers.of("content-type", "application/json");
        if (!signatureHeader.get().isBlank()) {
            headers = headers.with(SignatureChecker.HEADER, signatureHeader.get().strip());
        }
        SentRequest request = new SentRequest("POST", receiverUrl, headers, Body.ofText(eventBody.get()));
        deliveryStatus.set("Delivering…");
        return CompletableFuture.supplyAsync(() -> sender.apply(request), worker).thenAcceptAsync(exchange -> deliveryStatus.set(
                exchange.receivedResponse().map(r -> "The receiver answered " + r.status() + ".")
                        .orElse("Not delivered: " + exchange.transportFailure().map(f -> f.message()).orElse("no response"))), fxThread);
    }

    /** Stops listening to the receiver (the window closed). */
    public void close() {
        received.unsubscribe(onReceived);
    }

    public String receiverUrl() {
        return receiverUrl;
    }

    public StringProperty consumerSecretProperty() {
        return consumerSecret;
    }

    public StringProperty crcTokenProperty() {
        return crcToken;
    }

    public StringProperty eventBodyProperty() {
        return eventBody;
    }

    public StringProperty signatureHeaderProperty() {
        return signatureHeader;
    }

    public ReadOnlyStringProperty crcResponseProperty() {
        return crcResponse.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signatureValidProperty() {
        return signatureValid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deliveryStatusProperty() {
        return deliveryStatus.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<ReceivedEvent> eventsProperty() {
        return events.getReadOnlyProperty();
    }
}
