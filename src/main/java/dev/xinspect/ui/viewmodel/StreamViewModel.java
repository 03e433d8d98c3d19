package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.stream.StreamClient;
import dev.xinspect.core.stream.StreamConnection;
import dev.xinspect.core.stream.StreamEvent;
import dev.xinspect.core.stream.StreamOpening;
import dev.xinspect.core.stream.StreamOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The streaming console: connect to a stream, watch Posts arrive live with counters, pause the view without
 * dropping the connection, and read a UTC timeline of connects and disconnects. A refused connection (409, 429) or
 * a disconnect line goes to the diagnosis. Events arrive on the stream's thread and are handed to the FX thread in
 * batches, at most one hand-over pending at a time, so a fast stream cannot flood the UI.
 */
public final class StreamViewModel {
    static final int MAX_POSTS = 10_000;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

    private final StreamClient client;
    private final Function<String, String> resolveUrl;
    private final BiFunction<SentRequest, RequestAuth, SentRequest> authorize;
    private final RequestAuth auth;
    private final Consumer<Exchange> diagnose;
    private final Clock clock;
    private final Executor worker;
    private final Executor fxThread;

    private final StringProperty url = new SimpleStringProperty("{{baseUrl}}/2/tweets/sample/stream");
    private final ObservableList<String> posts = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final Queue<StreamEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOverScheduled = new AtomicBoolean();
    private volatile StreamConnection connection;

    public StreamViewModel(StreamClient client, Function<String, String> resolveUrl,
                           BiFunction<SentRequest, RequestAuth, SentRequest> authorize, RequestAuth auth,
                           Consumer<Exchange> diagnose, Clock clock, Executor worker, Executor fxThread) {
        this.client = client;
        this.resolveUrl = resolveUrl;
        this.authorize = authorize;
        this.auth = auth;
        this.diagnose = diagnose;
        this.clock = clock;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    public CompletableFuture<Void> connect() {
        if (connected.get()) {
            return CompletableFuture.completedFuture(null);
        }
        connected.set(true);
        SentRequest request;
        try {
            request = authorize.apply(SentRequest.of("GET", resolveUrl.apply(url.get()), Headers.EMPTY), auth);
        } catch (IllegalArgumentException e) {
            connected.set(false);
            timeline.add(UTC.format(clock.instant()) + "  " + e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> client.open(request, StreamOptions.defaults(), this::arrived), worker)
                .thenAcceptAsync(this::opened, fxThread);
    }

    public void disconnect() {
        StreamConnection open = connection;
        if (open != null) {
            open.close();
        }
    }

    private void opened(StreamOpening opening) {
        switch (opening) {
            case StreamOpening.Opened opened -> connection = opened.connection();
            case StreamOpening.Refused refused -> {
                connected.set(false);
                Exchange exchange = refused.exchange();
                timeline.add(UTC.format(clock.instant()) + "  refused: " + exchange.receivedResponse()
                        .map(r -> "HTTP " + r.status()).orElseGet(() -> exchange.failure().message()));
                diagnose.accept(exchange);
            }
        }
    }

    /** Called on the stream's processing thread. */
    private void arrived(StreamEvent event) {
        pending.add(event);
        if (handOverScheduled.compareAndSet(false, true)) {
            fxThread.execute(this::handOver);
        }
    }

    private void handOver() {
        handOverScheduled.set(false);
        List<String> newPosts = new ArrayList<>();
        for (StreamEvent event = pending.poll(); event != null; event = pending.poll()) {
            switch (event.kind()) {
                case POST -> newPosts.add(event.json());
                case CONNECTED -> timeline.add(UTC.format(event.at()) + "  connected");
                case DISCONNECT_MESSAGE -> {
                    timeline.add(UTC.format(event.at()) + "  disconnect message");
                    diagnose.accept(Exchange.ofResponse(dev.xinspect.core.http.ReceivedResponse.of(200,
                            Headers.of("content-type", "application/json"), event.json())));
                }
                case STALLED, OVERSIZED_LINE -> timeline.add(UTC.format(event.at()) + "  " + event.note());
                case CLOSED -> {
                    timeline.add(UTC.format(event.at()) + "  closed: " + event.note());
                    connected.set(false);
                    connection = null;
                }
                default -> { }
            }
        }
        if (!paused.get() && !newPosts.isEmpty()) {
            posts.addAll(newPosts);
            if (posts.size() > MAX_POSTS) {
                posts.remove(0, posts.size() - MAX_POSTS);
            }
        }
        StreamConnection open = connection;
        if (open != null) {
            var stats = open.stats();
            double seconds = Math.max(0.001, Duration.between(stats.connectedAt(), clock.instant()).toMillis() / 1000.0);
            counters.set(String.format(java.util.Locale.ROOT, "%d Posts (%.1f/s) · %d keep-alives · %.1f KB · buffer %.0f%% · %d dropped",
                    stats.posts(), stats.posts() / seconds, stats.keepAlives(), stats.bytes() / 1024.0, stats.bufferFill() * 100,
                    stats.droppedLines()));
        }
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObservableList<String> posts() {
        return posts;
    }

    public ObservableList<String> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty countersProperty() {
        return counters.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** Pausing freezes the list; the connection keeps reading so X never sees a slow client. */
    public BooleanProperty pausedProperty() {
        return paused;
    }
}
