package dev.xinspect.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where xinspect keeps its own files per OS: XDG on Linux, Application Support on macOS, %APPDATA% on Windows. The
 * system property {@code xinspect.config.dir} overrides it (tests and portable installs use it, so they never touch
 * the user's real settings and secrets).
 */
final class ConfigDirectory {
    private ConfigDirectory() {
    }

    static final String OVERRIDE_PROPERTY = "xinspect.config.dir";

    static Path forThisUser() {
        String override = System.getProperty(OVERRIDE_PROPERTY, "");
        if (!override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData == null ? home : appData, "xinspect");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "xinspect");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(xdg == null || xdg.isBlank() ? Path.of(home, ".config").toString() : xdg, "xinspect");
    }

    /** The workspace folder the settings name, else {@code <config folder>/workspace}. */
    static Path workspaceFor(dev.xinspect.core.workspace.Settings settings, Path configFolder) {
        return settings.workspaceFolder().isEmpty() ? configFolder.resolve("workspace") : Path.of(settings.workspaceFolder());
    }

    /** This user's workspace folder, as the window opens it. */
    static Path workspaceForThisUser() {
        Path config = forThisUser();
        return workspaceFor(new dev.xinspect.core.workspace.SettingsStore(config.resolve("settings.json"),
                java.time.Clock.systemUTC()).load(), config);
    }
}
