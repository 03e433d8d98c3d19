package dev.xinspect.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the OS is in dark mode, where it can be read (JavaFX 21 has no API for it): GNOME's color-scheme or
 * GTK_THEME on Linux, AppleInterfaceStyle on macOS, AppsUseLightTheme on Windows. Unknown means light.
 */
final class SystemTheme {
    private SystemTheme() {
    }

    static boolean isDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return ask("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
        }
        if (os.contains("win")) {
            return ask("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").contains("0x0");
        }
        String gtk = System.getenv().getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.contains("dark") || ask("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("dark");
    }

    /** Runs a short query command; empty when the tool is missing, slow or fails. */
    private static String ask(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
