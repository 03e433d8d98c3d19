package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.jwt.DecodedJwt;
import dev.xinspect.core.auth.jwt.JwtInspection;
import dev.xinspect.core.auth.jwt.JwtInspector;
import dev.xinspect.core.auth.jwt.NotAJwt;
import dev.xinspect.core.format.JsonPrettyPrinter;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The JWT inspector: paste a token and read its header, claims, algorithm and how long it has left. X's own tokens
 * are opaque and are said to be so; the sandbox's are JWTs. Decoding never verifies and never sends the token.
 */
public final class JwtViewModel {
    private final JwtInspector inspector;
    private final JsonPrettyPrinter printer = new JsonPrettyPrinter();
    private final Clock clock;
    private final StringProperty token = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty presenterMode = new javafx.beans.property.SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper claims = new ReadOnlyStringWrapper("");

    public JwtViewModel(JwtInspector inspector, Clock clock) {
        this.inspector = inspector;
        this.clock = clock;
        token.addListener((obs, old, now) -> refresh());
    }

    /** Recomputes the expiry line (the view calls it every second for the countdown). */
    public void refresh() {
        String text = token.get() == null ? "" : token.get().trim();
        if (text.isEmpty()) {
            summary.set("");
            header.set("");
            claims.set("");
            return;
        }
        JwtInspection inspection = inspector.inspect(text.startsWith("Bearer ") ? text.substring(7).trim() : text);
        switch (inspection) {
            case NotAJwt notAJwt -> {
                summary.set("Not a JWT: " + notAJwt.reason());
                header.set("");
                claims.set("");
            }
            case DecodedJwt jwt -> {
                summary.set("Algorithm " + jwt.algorithm() + (jwt.isUnsigned() ? " (unsigned: never accept it)" : "") + " · " + expiry(jwt)
                        + jwt.notes().stream().map(note -> " · " + note).collect(java.util.stream.Collectors.joining()));
                header.set(printer.format(jwt.headerJson()).text());
                claims.set(printer.format(jwt.payloadJson()).text());
            }
        }
    }

    private String expiry(DecodedJwt jwt) {
        Duration left = jwt.remaining(clock);
        if (left == null) {
            return "no expiry (exp) claim";
        }
        if (jwt.isExpired(clock)) {
            return "expired " + describe(left.negated()) + " ago, at " + jwt.expiresAt();
        }
        return "expires in " + describe(left) + ", at " + jwt.expiresAt();
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? seconds / 3600 + " h " + (seconds % 3600) / 60 + " min"
                : seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    /** While presenting, the pasted token is masked on screen; the decoded header and claims stay readable. */
    public javafx.beans.property.BooleanProperty presenterModeProperty() {
        return presenterMode;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty claimsProperty() {
        return claims.getReadOnlyProperty();
    }
}
