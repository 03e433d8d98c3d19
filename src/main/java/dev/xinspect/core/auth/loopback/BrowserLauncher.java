package dev.xinspect.core.auth.loopback;

import java.net.URI;

/**
 * Opens a URL in the user's system browser. The app wires {@code java.awt.Desktop} or {@code xdg-open}; tests pass
 * a fake that performs the redirect itself.
 */
@FunctionalInterface
public interface BrowserLauncher {
    /** Opens the page; throws {@link java.io.IOException} when no browser could be started (then offer the paste fallback). */
    void open(URI uri) throws java.io.IOException;
}
