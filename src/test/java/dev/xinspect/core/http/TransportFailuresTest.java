package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

/** The cause chains the JDK 21–25 client really throws (recorded from it), classified by the whole chain. */
class TransportFailuresTest {
    private static final URI X = URI.create("https://api.x.com/2/users/me?access_token=secret");

    @Test
    void anUnresolvedAddressUnderTwoConnectExceptionsIsDnsNotRefused() {
        IOException thrown = chain(new ConnectException(), new ConnectException(), new UnresolvedAddressException());

        TransportFailure failure = TransportFailures.explain(thrown, X);

        assertEquals(new TransportFailure(TransportFailure.Kind.DNS, "The host name api.x.com could not be resolved (DNS).",
                "ConnectException; caused by UnresolvedAddressException"), failure);
    }

    @Test
    void aConnectExceptionOverAClosedChannelIsARefusalOnTheDefaultPort() {
        IOException thrown = chain(new ConnectException(), new ConnectException(), new ClosedChannelException());

        assertEquals("Nothing is listening on api.x.com:443 (connection refused).", TransportFailures.explain(thrown, X).message());
    }

    @Test
    void theConnectTimeoutWinsOverTheConnectExceptionItCarries() {
        IOException thrown = new HttpConnectTimeoutException("HTTP connect timed out");
        thrown.initCause(new ConnectException("HTTP connect timed out"));

        assertEquals(TransportFailure.Kind.CONNECT_TIMEOUT, TransportFailures.explain(thrown, X).kind());
    }

    @Test
    void somethingUnknownIsOtherInOneSentenceWithoutTheQuery() {
        TransportFailure failure = TransportFailures.explain(new IOException("Something odd. Then more"), X);

        assertEquals(new TransportFailure(TransportFailure.Kind.OTHER,
                "The request to api.x.com:443 failed (Something odd, Then more).", "IOException: Something odd. Then more"), failure);
    }

    private static IOException chain(IOException outer, Throwable... causes) {
        Throwable link = outer;
        for (Throwable cause : causes) {
            link.initCause(cause);
            link = cause;
        }
        return outer;
    }
}
