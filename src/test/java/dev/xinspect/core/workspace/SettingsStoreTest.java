package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(1795514400000L), ZoneOffset.UTC);

    @Test
    void savedSettingsReadBackAndNoTempFileIsLeft(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"), clock);
        Settings settings = new Settings(Duration.ofSeconds(3), Duration.ofSeconds(45), "proxy.local:3128", "dark", 16, "/tmp/ws");

        store.save(settings);

        assertEquals(settings, new SettingsStore(dir.resolve("settings.json"), clock).load());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("settings.json"), files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(".settings.json.lock")).toList());
        }
    }

    @Test
    void followingRedirectsIsOnByDefaultAndOffIsKept(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"dark\"}"); // written before the setting existed
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"), clock);
        assertTrue(store.load().followRedirects());

        store.save(new Settings(Duration.ofSeconds(3), Duration.ofSeconds(45), "", "dark", 16, "", false));

        assertEquals(false, new SettingsStore(dir.resolve("settings.json"), clock).load().followRedirects());
    }

    @Test
    void aMissingFileMeansDefaults(@TempDir Path dir) {
        assertEquals(Settings.DEFAULTS, new SettingsStore(dir.resolve("settings.json"), clock).load());
    }

    @Test
    void aCorruptFileIsSetAsideReportedAndDefaultsApply(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"dark\", ");
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"), clock);

        assertEquals(Settings.DEFAULTS, store.load());

        assertTrue(store.problem().startsWith("Your settings file could not be read and was set aside as settings.json.corrupt-"));
        assertEquals("{\"theme\": \"dark\", ", Files.readString(dir.resolve("settings.json.corrupt-1795514400000")));
    }

    @Test
    void outOfRangeValuesAreClamped() {
        Settings settings = new Settings(Duration.ZERO, Duration.ofSeconds(-1), null, "", 99, null);

        assertEquals(new Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), "", "system", 32, ""), settings);
    }
}
