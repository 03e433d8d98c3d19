package dev.xinspect;

import dev.xinspect.core.http.ServerLimits;
import org.junit.jupiter.api.extension.Extension;

/**
 * Applies {@link ServerLimits} when the test engine starts, before any test starts a JDK HTTP server: the JDK reads
 * those limits once per process, and a test's own stand-in server (a fake token endpoint, a spec server) must not fix
 * them before the sandbox and the OAuth listener do. Registered through {@code META-INF/services}.
 */
public final class ServerLimitsFirst implements Extension {
    static {
        ServerLimits.apply();
    }
}
