package dev.xinspect.app;

import dev.xinspect.core.auth.loopback.BrowserLauncher;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens sign-in pages in the user's system browser and says when it could not: JavaFX's
 * {@code HostServices.showDocument} only prints a stack trace when no browser exists, which left a sign-in waiting
 * with nothing on screen. Tries {@code java.awt.Desktop} where it can browse, then the platform's opener command.
 */
final class SystemBrowser implements BrowserLauncher {
    /** An opener that exits at once with a failure (xdg-open: 3 no tool, 4 action failed) did not open anything. */
    private static final long OPENER_GRACE_MILLIS = 3_000;

    private final boolean tryDesktop;
    private final List<String> opener;

    /**
     * @param tryDesktop asks AWT's desktop first (checked on the first sign-in, not at start-up)
     * @param opener     the command (URL appended) tried when the desktop cannot browse; empty for none
     */
    SystemBrowser(boolean tryDesktop, List<String> opener) {
        this.tryDesktop = tryDesktop;
        this.opener = List.copyOf(opener);
    }

    static SystemBrowser forThisMachine() {
        return new SystemBrowser(true, openerFor(System.getProperty("os.name", "")));
    }

    static List<String> openerFor(String osName) {
        if (osName.startsWith("Mac")) {
            return List.of("open");
        }
        if (osName.startsWith("Windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler");
        }
        return List.of("xdg-open");
    }

    private static boolean desktopCanBrowse() {
        try {
            return java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE);
        } catch (RuntimeException | LinkageError e) { // headless, or no AWT in the runtime
            return false;
        }
    }

    @Override
    public void open(URI uri) throws IOException {
        if (tryDesktop && desktopCanBrowse()) {
            try {
                java.awt.Desktop.getDesktop().browse(uri);
                return;
            } catch (IOException | RuntimeException e) {
                // fall through to the opener command
            }
        }
        if (opener.isEmpty()) {
            throw new IOException("no browser is available");
        }
        List<String> command = new java.util.ArrayList<>(opener);
        command.add(uri.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException(opener.get(0) + " is not installed");
        }
        try {
            if (process.waitFor(OPENER_GRACE_MILLIS, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
                throw new IOException(opener.get(0) + " found no browser (exit status " + process.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
