package dev.xinspect.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads and writes {@code settings.json}. A missing file means defaults; a corrupt one is set aside (renamed, never
 * deleted), reported once through {@link #problem()}, and defaults are used, so the app always starts.
 */
public final class SettingsStore {
    private final ObjectMapper mapper = JsonLimits.mapper();
    private final Path file;
    private final LockedFile locked;
    private final Clock clock;
    private String problem = "";

    public SettingsStore(Path file, Clock clock) {
        this.file = file;
        this.locked = new LockedFile(file, java.time.Duration.ofSeconds(10), false);
        this.clock = clock;
    }

    public Settings load() {
        locked.removeLeftoverTemps();
        try {
            JsonNode json = mapper.readTree(Files.readString(file));
            if (json == null || !json.isObject()) {
                throw new IOException("not a JSON object");
            }
            Settings d = Settings.DEFAULTS;
            return new Settings(Duration.ofMillis(json.path("connectTimeoutMs").asLong(d.connectTimeout().toMillis())),
                    Duration.ofMillis(json.path("responseTimeoutMs").asLong(d.responseTimeout().toMillis())),
                    json.path("proxy").asText(d.proxy()), json.path("theme").asText(d.theme()),
                    json.path("fontSize").asInt(d.fontSize()), json.path("workspaceFolder").asText(d.workspaceFolder()),
                    json.path("followRedirects").asBoolean(d.followRedirects()),
                    json.path("presenterPercent").asInt(d.presenterPercent()),
                    json.path("requestSplitPercent").asInt(d.requestSplitPercent()));
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException e) {
            problem = setAside().map(p -> "Your settings file could not be read and was set aside as " + p.getFileName()
                    + "; the defaults are in use.").orElse("Your settings file could not be read; the defaults are in use.");
            return Settings.DEFAULTS;
        }
    }

    public void save(Settings settings) throws IOException {
        ObjectNode json = mapper.createObjectNode()
                .put("connectTimeoutMs", settings.connectTimeout().toMillis())
                .put("responseTimeoutMs", settings.responseTimeout().toMillis())
                .put("proxy", settings.proxy()).put("theme", settings.theme()).put("fontSize", settings.fontSize())
                .put("workspaceFolder", settings.workspaceFolder()).put("followRedirects", settings.followRedirects())
                .put("presenterPercent", settings.presenterPercent())
                .put("requestSplitPercent", settings.requestSplitPercent());
        String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        locked.locked(() -> {
            AtomicFile.write(file, text);
            return null;
        });
    }

    /** A plain sentence about a settings file that had to be set aside, or empty. */
    public String problem() {
        return problem;
    }

    /** The set-aside name carries the time it happened ({@code settings.json.corrupt-<epoch millis>}). */
    private Optional<Path> setAside() {
        try {
            return Optional.of(AtomicFile.setAside(file, clock.millis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
