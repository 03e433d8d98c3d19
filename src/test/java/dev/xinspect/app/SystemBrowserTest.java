package dev.xinspect.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A machine without a browser must be told apart from one with, so the sign-in can say so in the window. */
class SystemBrowserTest {
    private static final URI PAGE = URI.create("http://127.0.0.1:9/i/oauth2/authorize?state=s");

    @Test
    void anOpenerThatFailsAtOnceMeansNoBrowser() {
        IOException e = assertThrows(IOException.class, () -> new SystemBrowser(false, List.of("false")).open(PAGE));
        assertEquals("false found no browser (exit status 1)", e.getMessage());
    }

    @Test
    void aMissingOpenerMeansNoBrowser() {
        IOException e = assertThrows(IOException.class,
                () -> new SystemBrowser(false, List.of("/nonexistent/xdg-open")).open(PAGE));
        assertEquals("/nonexistent/xdg-open is not installed", e.getMessage());
    }

    @Test
    void anOpenerThatSucceedsOpensThePage() {
        assertDoesNotThrow(() -> new SystemBrowser(false, List.of("true")).open(PAGE));
    }

    @Test
    void eachSystemHasItsOpener() {
        assertEquals(List.of("xdg-open"), SystemBrowser.openerFor("Linux"));
        assertEquals(List.of("open"), SystemBrowser.openerFor("Mac OS X"));
    }
}
