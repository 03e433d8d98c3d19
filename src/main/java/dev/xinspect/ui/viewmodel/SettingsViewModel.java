package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.workspace.Settings;
import dev.xinspect.core.workspace.SettingsStore;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog: edits a copy, checks it, saves it atomically, then publishes it in {@link #currentProperty()}
 * for the window (theme, font size) and the sender (timeouts, proxy, redirects) to pick up.
 */
public final class SettingsViewModel {
    public static final List<String> THEMES = List.of("system", "light", "dark");

    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<Settings> current = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty connectTimeoutSeconds = new SimpleIntegerProperty();
    private final IntegerProperty responseTimeoutSeconds = new SimpleIntegerProperty();
    private final StringProperty proxy = new SimpleStringProperty("");
    private final StringProperty theme = new SimpleStringProperty("system");
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private final IntegerProperty presenterPercent = new SimpleIntegerProperty(Settings.DEFAULT_PRESENTER_PERCENT);
    private final StringProperty workspaceFolder = new SimpleStringProperty("");
    private final BooleanProperty followRedirects = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SettingsViewModel(SettingsStore store) {
        this.store = store;
        current.set(store.load());
        reset();
        error.set(store.problem());
        proxy.addListener((obs, old, now) -> error.set("")); // "The proxy must be host:port" spoke about the old text
    }

    /** Puts the saved settings back into the fields (Cancel). */
    public void reset() {
        error.set(""); // Cancel drops the edits a refusal spoke about
        Settings saved = current.get();
        connectTimeoutSeconds.set((int) saved.connectTimeout().toSeconds());
        responseTimeoutSeconds.set((int) saved.responseTimeout().toSeconds());
        proxy.set(saved.proxy());
        theme.set(saved.theme());
        fontSize.set(saved.fontSize());
        presenterPercent.set(saved.presenterPercent());
        workspaceFolder.set(saved.workspaceFolder());
        followRedirects.set(saved.followRedirects());
    }

    /** Validates and saves; false (with {@link #errorProperty()} set) when a field is wrong or the disk refuses. */
    public boolean save() {
        String proxyText = proxy.get() == null ? "" : proxy.get().strip();
        if (!proxyText.isEmpty() && !proxyText.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
            error.set("The proxy must be host:port, for example proxy.example.com:3128.");
            return false;
        }
        Settings edited = new Settings(Duration.ofSeconds(connectTimeoutSeconds.get()), Duration.ofSeconds(responseTimeoutSeconds.get()),
                proxyText, theme.get(), fontSize.get(), workspaceFolder.get(), followRedirects.get(),
                presenterPercent.get(), current.get().requestSplitPercent());
        try {
            store.save(edited);
        } catch (IOException e) {
            error.set("The settings could not be saved: " + e.getMessage() + ". They apply until you quit.");
            current.set(edited);
            return false;
        }
        error.set("");
        current.set(edited);
        reset();
        return true;
    }

    /**
     * Remembers where the user left the split between request and response (a fraction of the height), saved at once
     * without touching the fields being edited; a disk that refuses keeps it for this run.
     */
    public void rememberRequestSplit(double fraction) {
        Settings moved = current.get().withRequestSplitPercent((int) Math.round(fraction * 100));
        if (moved.equals(current.get())) {
            return;
        }
        current.set(moved);
        try {
            store.save(moved);
        } catch (IOException e) {
            error.set("The window layout could not be saved: " + e.getMessage() + ".");
        }
    }

    public ReadOnlyObjectProperty<Settings> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public IntegerProperty connectTimeoutSecondsProperty() {
        return connectTimeoutSeconds;
    }

    public IntegerProperty responseTimeoutSecondsProperty() {
        return responseTimeoutSeconds;
    }

    public StringProperty proxyProperty() {
        return proxy;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    /** How much presenter mode enlarges every window, 125 to 200 percent of the font size. */
    public IntegerProperty presenterPercentProperty() {
        return presenterPercent;
    }

    public StringProperty workspaceFolderProperty() {
        return workspaceFolder;
    }

    /** Follow up to ten redirects and show them; off, a 3xx is the response. */
    public BooleanProperty followRedirectsProperty() {
        return followRedirects;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
