package dev.xinspect.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The local copy of X's spec ({@code x-openapi.json} in the config folder): one JSON file holding the source URL,
 * the fetch time, {@code info.version} and the spec itself, written atomically so a crash leaves the old copy or
 * the new one. A copy that cannot be read is set aside (renamed, never deleted) and reported once through
 * {@link #problem()}. Not thread-safe on its own; {@link Catalogs} serialises access.
 */
public final class SpecCache {
    static final String FORMAT = "xinspect-openapi-cache/1";

    private final Path file;
    private final LockedFile locked;
    private final SpecReader reader;
    private final ObjectMapper mapper;
    private final Clock clock;
    private String problem = "";

    public SpecCache(Path file, SpecReader reader, ObjectMapper mapper, Clock clock) {
        this.file = file;
        this.locked = new LockedFile(file, java.time.Duration.ofSeconds(10), false);
        this.reader = reader;
        this.mapper = mapper;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The cached catalog; empty when nothing is cached yet or the copy had to be set aside. */
    public Optional<Catalog> load() {
        locked.removeLeftoverTemps();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            problem = "The cached X API spec " + file + " could not be read (" + e.getMessage() + ").";
            return Optional.empty();
        }
        try {
            JsonNode wrapper = reader.parse(text);
            JsonNode spec = wrapper.path("spec");
            if (!FORMAT.equals(wrapper.path("format").asText()) || !spec.isObject()) {
                throw new UnusableSpecException("It is not a spec cached by xinspect.");
            }
            return Optional.of(reader.read(spec, wrapper.path("source").asText(""), instant(wrapper.path("fetchedAt").asText(""))));
        } catch (UnusableSpecException e) {
            problem = setAside().map(aside -> "The cached X API spec could not be read (" + e.reason()
                    + ") and was set aside as " + aside.getFileName() + "; fetch it again.")
                    .orElse("The cached X API spec " + file + " could not be read (" + e.reason() + "); fetch it again.");
            return Optional.empty();
        }
    }

    /** Replaces the cached copy with this document, fetched from {@code source} at {@code fetchedAt}. */
    public void store(JsonNode document, String source, Instant fetchedAt) throws IOException {
        ObjectNode wrapper = mapper.createObjectNode().put("format", FORMAT).put("source", source)
                .put("fetchedAt", fetchedAt.toString()).put("version", document.path("info").path("version").asText(""));
        wrapper.set("spec", document);
        String text = mapper.writeValueAsString(wrapper) + "\n";
        locked.locked(() -> {
            AtomicFile.write(file, text);
            return null;
        });
        problem = "";
    }

    /** A plain sentence about a cached copy that could not be used, or empty. */
    public String problem() {
        return problem;
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Optional<Path> setAside() {
        try {
            return Optional.of(AtomicFile.setAside(file, clock.millis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
