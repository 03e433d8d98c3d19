package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.RateLimit;
import dev.xinspect.core.diagnosis.RateLimitBook;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The rate-limit gauge beside Send: what is left for the endpoint being edited, in the chosen auth context, and how
 * long until the window resets; and the warning before a request that the last response says will get a 429.
 */
public final class RateLimitGauge {
    /** How the gauge is coloured: plenty left, under a tenth left, or none left until the reset. */
    public enum Level { UNKNOWN, PLENTY, LOW, EXHAUSTED }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final RateLimitBook book;
    private final BiFunction<String, String, String> endpointOf;
    private final Clock clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(Level.UNKNOWN);
    private RateLimitBook.Key shown;

    /** @param endpointOf (method, url) to the endpoint as X counts it, e.g. {@code GET /2/users/:id} */
    public RateLimitGauge(RateLimitBook book, BiFunction<String, String, String> endpointOf, Clock clock) {
        this.book = book;
        this.endpointOf = endpointOf;
        this.clock = clock;
    }

    /** The key X counts a request under: the endpoint, and the App or the user behind the chosen profile. */
    public RateLimitBook.Key keyFor(String method, String url, AuthOption auth) {
        String context = auth == null || auth.isNone() ? "no auth"
                : (auth.mode() == AuthMode.OAUTH2_APP_ONLY ? "app · " : "user · ") + auth.label();
        return new RateLimitBook.Key(endpointOf.apply(method.toUpperCase(Locale.ROOT), url), context);
    }

    /** Reads the response's rate-limit headers into the book. */
    public void record(Exchange exchange, AuthOption auth) {
        exchange.sentRequest().ifPresent(request -> exchange.receivedResponse().ifPresent(response ->
                book.record(keyFor(request.method(), request.url(), auth), response.headers())));
        refresh();
    }

    /**
     * Forgets what earlier responses said: a new sandbox scenario starts with fresh counts, so the rate-limited
     * scenario's empty window does not ask "Send anyway?" in every other one.
     */
    public void forgetAll() {
        book.clear();
        refresh();
    }

    /** Shows the gauge for the request now in the editor. */
    public void show(String method, String url, AuthOption auth) {
        shown = keyFor(method, url, auth);
        refresh();
    }

    /** Recomputes the countdown; the view calls it every second. */
    public void refresh() {
        Optional<RateLimit> window = shown == null ? Optional.empty() : book.mostPressing(shown, clock.instant());
        if (window.isEmpty() || window.get().limit() < 0) {
            text.set("");
            level.set(Level.UNKNOWN);
            return;
        }
        RateLimit w = window.get();
        Duration left = w.timeLeft(clock.instant());
        text.set(w.remaining() + " of " + w.limit() + " left (" + label(w.window()) + ", " + shown.context() + "), resets in "
                + ProfileStatusText.span(left));
        level.set(w.isExhausted() ? Level.EXHAUSTED : w.remaining() * 10 < w.limit() ? Level.LOW : Level.PLENTY);
    }

    /** A sentence when the last response left no requests in a window that has not reset; empty otherwise. */
    public Optional<String> warningBefore(String method, String url, AuthOption auth) {
        RateLimitBook.Key key = keyFor(method, url, auth);
        return book.mostPressing(key, clock.instant()).filter(RateLimit::isExhausted).map(w ->
                "No requests are left in the " + label(w.window()) + " for " + key.endpoint() + " (" + key.context()
                        + "): X will answer 429 until " + UTC.format(w.resetAt()) + ", in " + ProfileStatusText.span(w.timeLeft(clock.instant())) + ".");
    }

    private static String label(String window) {
        return switch (window) {
            case "15m" -> "15-minute window";
            case "24h-app" -> "App's 24-hour window";
            case "24h-user" -> "user's 24-hour window";
            default -> window + " window";
        };
    }

    /** Without a catalog: the path with numeric IDs as {@code :id}, so /2/users/12 and /2/users/13 count together. */
    public static String pathShape(String method, String url) {
        String path;
        try {
            path = URI.create(url.trim()).getPath();
        } catch (IllegalArgumentException e) {
            path = url;
        }
        if (path == null) {
            return method + " ";
        }
        String[] segments = path.split("/", -1);
        // segments[1] is the API version ("2"), itself all digits: IDs come after it.
        for (int i = 2; i < segments.length; i++) {
            if (!segments[i].isEmpty() && segments[i].chars().allMatch(Character::isDigit)) {
                segments[i] = ":id";
            }
        }
        return method + " " + String.join("/", segments);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }
}
