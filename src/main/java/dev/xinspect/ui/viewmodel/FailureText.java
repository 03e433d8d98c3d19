package dev.xinspect.ui.viewmodel;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/**
 * A failure in words a user can act on, never a Java class name ("ConnectException; caused by
 * UnresolvedAddressException" told nobody that the host name was wrong).
 */
final class FailureText {
    private FailureText() {
    }

    /** What went wrong, as a clause: "the host name could not be found". */
    static String reason(Throwable failure) {
        // The deepest known cause says most: a ConnectException caused by UnresolvedAddressException is a wrong host name.
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable cause = unwrap(failure); cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(0, cause);
        }
        for (Throwable cause : chain) {
            String known = known(cause);
            if (known != null) {
                return known;
            }
        }
        Throwable cause = unwrap(failure);
        return cause.getMessage() == null || cause.getMessage().isBlank() ? "an unexpected error on this computer" : cause.getMessage();
    }

    private static String known(Throwable cause) {
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
            return "the host name could not be found (check the URL and your network)";
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "the server did not accept the connection in time";
        }
        if (cause instanceof HttpTimeoutException) {
            return "the server did not answer in time";
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return "the server refused the connection or could not be reached";
        }
        if (cause instanceof SSLException) {
            return "the secure connection failed (" + (cause.getMessage() == null ? "TLS handshake" : cause.getMessage()) + ")";
        }
        return null;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
