package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.workspace.Settings;
import dev.xinspect.core.workspace.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @Test
    void theRequestResponseSplitIsRememberedAcrossARestartAndFieldsBeingEditedAreKept(@TempDir Path dir) {
        SettingsViewModel vm = new SettingsViewModel(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        vm.proxyProperty().set("half-typed");

        vm.rememberRequestSplit(0.32); // the user dragged the divider up, then closed the window

        assertEquals("half-typed", vm.proxyProperty().get());
        SettingsViewModel restarted = new SettingsViewModel(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        assertEquals(32, restarted.currentProperty().get().requestSplitPercent());
        restarted.rememberRequestSplit(0.99);
        assertEquals(90, restarted.currentProperty().get().requestSplitPercent(), "the response keeps a tenth of the height");
    }

    @Test
    void savingPublishesAndPersistsTheSettings(@TempDir Path dir) {
        SettingsViewModel vm = new SettingsViewModel(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        vm.themeProperty().set("dark");
        vm.fontSizeProperty().set(18);
        vm.responseTimeoutSecondsProperty().set(60);

        assertTrue(vm.save());

        Settings saved = new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()).load();
        assertEquals(saved, vm.currentProperty().get());
        assertEquals("dark", saved.theme());
        assertEquals(Duration.ofSeconds(60), saved.responseTimeout());
    }

    @Test
    void turningRedirectsOffIsSavedAndPublished(@TempDir Path dir) {
        SettingsViewModel vm = new SettingsViewModel(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        assertTrue(vm.followRedirectsProperty().get());
        vm.followRedirectsProperty().set(false);

        assertTrue(vm.save());

        assertFalse(vm.currentProperty().get().followRedirects());
        assertFalse(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()).load().followRedirects());
    }

    @Test
    void aMalformedProxyIsRefusedAndNothingChanges(@TempDir Path dir) {
        SettingsViewModel vm = new SettingsViewModel(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        vm.proxyProperty().set("http://proxy");

        assertFalse(vm.save());

        assertEquals("The proxy must be host:port, for example proxy.example.com:3128.", vm.errorProperty().get());
        assertEquals(Settings.DEFAULTS, vm.currentProperty().get());
        vm.reset();
        assertEquals("", vm.proxyProperty().get());
    }

    @Test
    void aProxyRefusalGoesWhenTheProxyIsRetypedOrTheEditsAreCancelled(@TempDir Path dir) {
        SettingsViewModel vm = new SettingsViewModel(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        vm.proxyProperty().set("not a proxy");
        assertFalse(vm.save());
        assertEquals("The proxy must be host:port, for example proxy.example.com:3128.", vm.errorProperty().get());

        vm.proxyProperty().set("proxy.example.com:3128");
        assertEquals("", vm.errorProperty().get());

        vm.proxyProperty().set("again wrong");
        assertFalse(vm.save());
        vm.reset();
        assertEquals("", vm.errorProperty().get(), "Cancel dropped the edits the refusal spoke about");
    }
}
