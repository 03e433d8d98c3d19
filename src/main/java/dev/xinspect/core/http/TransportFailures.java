package dev.xinspect.core.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Turns an {@link IOException} from {@code java.net.http} into a {@link TransportFailure}: the kind a user can act
 * on and one plain sentence naming the host and port (never the path, query or headers, which may hold secrets).
 * Stateless; shared by the request sender and the stream client.
 */
public final class TransportFailures {
    private TransportFailures() {
    }

    /**
     * Explains a failure before or while the response headers arrived. The whole cause chain is read: the JDK wraps
     * a DNS failure as {@code ConnectException ← ConnectException ← UnresolvedAddressException}, so the first
     * {@code ConnectException} alone would wrongly say "refused".
     */
    public static TransportFailure explain(IOException e, URI uri) {
        List<Throwable> chain = chain(e);
        String where = where(uri);
        String detail = detail(chain);
        // Timeouts first: the JDK's connect timeout carries a ConnectException as its cause.
        if (has(chain, HttpConnectTimeoutException.class)) {
            return failure(TransportFailure.Kind.CONNECT_TIMEOUT, "Connecting to " + where
                    + " timed out: nothing answered the connection request in time.", detail);
        }
        if (first(chain, BodyStalledException.class) instanceof BodyStalledException stalled) {
            return stalled(where, stalled, detail);
        }
        if (has(chain, HttpTimeoutException.class)) {
            return failure(TransportFailure.Kind.RESPONSE_TIMEOUT, where
                    + " accepted the connection but sent no response headers in time.", detail);
        }
        if (has(chain, UnknownHostException.class) || has(chain, UnresolvedAddressException.class)) {
            return failure(TransportFailure.Kind.DNS, "The host name " + host(uri) + " could not be resolved (DNS).", detail);
        }
        if (has(chain, SSLException.class)) {
            return tls(chain, where, detail);
        }
        if (has(chain, NoRouteToHostException.class)) {
            return failure(TransportFailure.Kind.OTHER, where + " cannot be reached from this network (no route to host).", detail);
        }
        if (isReset(chain)) {
            return failure(TransportFailure.Kind.RESET, "The connection to " + where
                    + " was reset (TCP RST) before the response was complete.", detail);
        }
        if (has(chain, ConnectException.class)) {
            return failure(TransportFailure.Kind.REFUSED, "Nothing is listening on " + where + " (connection refused).", detail);
        }
        if (isClosed(chain)) {
            return failure(TransportFailure.Kind.TRUNCATED, where
                    + " closed the connection before sending a complete response.", detail);
        }
        return failure(TransportFailure.Kind.OTHER, "The request to " + where + " failed (" + sentence(e) + ").", detail);
    }

    /**
     * Explains a failure while the body was read, after the headers: a stall (our watchdog), a reset, or else the
     * connection ended before the body did. {@code expected} is the Content-Length, or -1 when the server sent none.
     */
    static TransportFailure explainBody(IOException e, URI uri, long received, long expected) {
        List<Throwable> chain = chain(e);
        String where = where(uri);
        String detail = detail(chain);
        if (first(chain, BodyStalledException.class) instanceof BodyStalledException stalled) {
            return stalled(where, stalled, detail);
        }
        String got = expected >= 0 ? bytes(received) + " of " + bytes(expected) : bytes(received);
        if (isReset(chain)) {
            return failure(TransportFailure.Kind.RESET, "The connection to " + where + " was reset (TCP RST) after "
                    + got + " of the body.", detail);
        }
        return failure(TransportFailure.Kind.TRUNCATED, where + " closed the connection after " + got
                + " of the body, before it was complete.", detail);
    }

    private static TransportFailure stalled(String where, BodyStalledException stalled, String detail) {
        return failure(TransportFailure.Kind.BODY_STALLED, where + " sent the headers and " + bytes(stalled.received())
                + " of the body, then nothing for " + seconds(stalled.idleLimit()) + ", so xinspect stopped waiting.", detail);
    }

    private static TransportFailure tls(List<Throwable> chain, String where, String detail) {
        String text = detail.toLowerCase(Locale.ROOT);
        if (has(chain, CertificateException.class) || text.contains("certif") || text.contains("pkix")
                || text.contains("subject alternative name")) {
            return failure(TransportFailure.Kind.TLS, "The TLS certificate of " + where + " could not be verified "
                    + "(self-signed, expired, or issued for another name), and verification stays on.", detail);
        }
        if (text.contains("unrecognized ssl message") || text.contains("plaintext")) {
            return failure(TransportFailure.Kind.TLS, where + " did not answer in TLS, so it is probably a plain "
                    + "http:// server.", detail);
        }
        return failure(TransportFailure.Kind.TLS, "The TLS handshake with " + where + " failed, and verification stays on.", detail);
    }

    private static boolean isReset(List<Throwable> chain) {
        return chain.stream().map(TransportFailures::lowerMessage)
                .anyMatch(m -> m.contains("connection reset") || m.contains("rst_stream") || m.contains("broken pipe"));
    }

    private static boolean isClosed(List<Throwable> chain) {
        return has(chain, EOFException.class) || chain.stream().map(TransportFailures::lowerMessage)
                .anyMatch(m -> m.contains("eof") || m.contains("closed") || m.contains("header parser received no bytes"));
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 20 && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return first(chain, type) != null;
    }

    private static Throwable first(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().filter(type::isInstance).findFirst().orElse(null);
    }

    /** The chain's distinct messages, for the curious: class names and JDK wording, never request data. */
    private static String detail(List<Throwable> chain) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t : chain) {
            parts.add(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + oneLine(t.getMessage())));
        }
        return String.join("; caused by ", parts);
    }

    private static String sentence(Throwable e) {
        String message = e.getMessage() == null ? "no reason given" : oneLine(e.getMessage()); // never a Java class name
        return message.replaceAll("[.\\s]+$", "").replace(". ", ", ");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String lowerMessage(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }

    private static TransportFailure failure(TransportFailure.Kind kind, String message, String detail) {
        return new TransportFailure(kind, message, detail);
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "(no host)" : uri.getHost();
    }

    /** {@code host:port} with the scheme's default port spelled out, so "which port?" never needs asking. */
    static String where(URI uri) {
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return host(uri) + ":" + port;
    }

    private static String bytes(long count) {
        return String.format(Locale.ROOT, "%,d byte%s", count, count == 1 ? "" : "s");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
