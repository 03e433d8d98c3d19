package dev.xinspect.core.auth.loopback;

import com.sun.net.httpserver.HttpServer;
import dev.xinspect.core.auth.OAuthException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A listener waiting for one redirect. {@link #result()} completes with the checked value, or exceptionally with
 * an {@link OAuthException} (wrong state, denied, timed out, closed); the listeners stop either way.
 */
public final class PendingCallback<T> implements AutoCloseable {
    private final CompletableFuture<T> result;
    private final List<HttpServer> servers;
    private final ExecutorService handlers;
    private final URI redirectUri;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    PendingCallback(CompletableFuture<T> result, List<HttpServer> servers, ExecutorService handlers, URI redirectUri,
                    Duration timeout) {
        this.result = result;
        this.servers = List.copyOf(servers);
        this.handlers = handlers;
        this.redirectUri = redirectUri;
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> result.completeExceptionally(
                OAuthException.failure("No redirect arrived within " + describe(timeout)
                        + ": finish signing in sooner, or paste the redirected URL instead")));
        result.whenCompleteAsync((value, failure) -> stopServers());
    }

    public CompletableFuture<T> result() {
        return result;
    }

    /** Completes once the listeners are closed and the port is free again. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** The callback URL actually listened on (its port filled in when 0 was asked for). */
    public URI redirectUri() {
        return redirectUri;
    }

    /** The addresses listened on, e.g. 127.0.0.1:8080 and [::1]:8080; for the UI and tests. */
    public List<InetSocketAddress> addresses() {
        return servers.stream().map(HttpServer::getAddress).toList();
    }

    /** Stops listening; a still waiting {@link #result()} fails with "cancelled". */
    @Override
    public void close() {
        result.completeExceptionally(OAuthException.failure("Sign-in cancelled"));
        stopServers();
    }

    private void stopServers() {
        if (stopping.compareAndSet(false, true)) {
            servers.forEach(s -> s.stop(0));
            handlers.shutdown(); // a handler still writing its page finishes; a stalled one ends at the request time limit
            stopped.complete(null);
        }
    }

    private static String describe(Duration timeout) {
        return timeout.toSeconds() >= 1 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
