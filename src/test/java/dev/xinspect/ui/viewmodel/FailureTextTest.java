package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Failures read as what to check, never as Java class names (issue 17, item 12). */
class FailureTextTest {

    @Test
    void anUnknownHostBehindAConnectExceptionSaysTheNameWasNotFound() {
        // What java.net.http throws for a mistyped host: ConnectException caused by UnresolvedAddressException.
        ConnectException failure = new ConnectException();
        failure.initCause(new UnresolvedAddressException());

        assertEquals("the host name could not be found (check the URL and your network)",
                FailureText.reason(new CompletionException(failure)));
    }

    @Test
    void refusedTimedOutAndTlsFailuresEachHaveTheirSentence() {
        assertEquals("the server refused the connection or could not be reached", FailureText.reason(new ConnectException("Connection refused")));
        assertEquals("the server did not answer in time", FailureText.reason(new HttpTimeoutException("request timed out")));
        assertEquals("the secure connection failed (PKIX path building failed)",
                FailureText.reason(new SSLHandshakeException("PKIX path building failed")));
    }

    @Test
    void anythingElseGivesItsMessageOrAPlainSentenceNeverAClassName() {
        assertEquals("Disk quota exceeded", FailureText.reason(new IOException("Disk quota exceeded")));
        assertEquals("an unexpected error on this computer", FailureText.reason(new IllegalStateException()));
    }
}
