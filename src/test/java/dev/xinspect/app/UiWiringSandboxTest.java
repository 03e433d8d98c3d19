package dev.xinspect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xinspect.core.sandbox.Sandbox;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window starts the sandbox in the background while it builds itself; its first use gets that same sandbox. */
class UiWiringSandboxTest {
    @TempDir
    Path config;

    @Test
    void theSandboxStartedInTheBackgroundIsTheOneUsedAndClosedWithTheWiring() throws Exception {
        UiWiring wiring = new UiWiring(new CoreWiring(java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC), config);
        wiring.startSandboxInBackground();
        Sandbox first = wiring.sandbox();
        URI base = first.baseUri();
        new Socket(base.getHost(), base.getPort()).close(); // it answers

        assertSame(first, wiring.sandbox());
        wiring.close();

        assertThrows(IOException.class, () -> new Socket(base.getHost(), base.getPort()).close());
    }

    @Test
    void aStartThatComesAfterCloseIsRefusedSoNoSandboxIsLeftListening() throws Exception {
        UiWiring wiring = new UiWiring(new CoreWiring(java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC), config);
        wiring.close();

        wiring.startSandboxInBackground();

        IOException refused = assertThrows(IOException.class, wiring::sandbox);
        assertEquals("xinspect is closing", refused.getMessage());
    }
}
