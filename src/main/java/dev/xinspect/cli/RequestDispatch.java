package dev.xinspect.cli;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.SentRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code xinspect send} needs from the app to send as the window does: the embedded sandbox (started on first
 * use), the workspace's environments, the profiles, the signing and the sender of the user's settings.
 */
public interface RequestDispatch extends AutoCloseable {
    /** A request that cannot be sent; the message is one plain sentence for stderr. */
    final class CannotSend extends Exception {
        public CannotSend(String message) {
            super(message);
        }
    }

    /** The running sandbox's base URL, starting it if need be. */
    URI sandbox() throws CannotSend;

    /** The variables of the named workspace environment. */
    Map<String, String> environment(String name) throws CannotSend;

    /** The profile the named environment's requests use, if it names one. */
    Optional<String> profileOf(String environment) throws CannotSend;

    /** Signs the request with the named profile (empty: no auth) as the last step, then sends it. */
    Exchange send(SentRequest request, Optional<String> profile) throws CannotSend;

    @Override
    void close();
}
