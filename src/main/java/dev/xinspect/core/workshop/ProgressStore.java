package dev.xinspect.core.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Students' progress in every workshop, one small JSON file (in the config folder) written atomically, so a restart
 * or a crash keeps it. A corrupt file is set aside and progress starts over. Thread-safe.
 */
public final class ProgressStore {
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private final Path file;

    public ProgressStore(Path file) {
        this.file = file;
    }

    public synchronized WorkshopProgress of(String workshop) {
        return readAll().getOrDefault(workshop, WorkshopProgress.START);
    }

    public synchronized void save(String workshop, WorkshopProgress progress) throws IOException {
        Map<String, WorkshopProgress> all = readAll();
        all.put(workshop, progress);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode workshops = root.putObject("workshops");
        all.forEach((name, p) -> {
            ObjectNode node = workshops.putObject(name).put("current", p.current());
            p.passed().stream().sorted().forEach(node.putArray("passed")::add);
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, root.toPrettyString() + "\n");
    }

    private Map<String, WorkshopProgress> readAll() {
        Map<String, WorkshopProgress> all = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return all;
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            root.path("workshops").properties().forEach(entry -> {
                Set<Integer> passed = new HashSet<>();
                entry.getValue().path("passed").forEach(n -> passed.add(n.asInt()));
                all.put(entry.getKey(), new WorkshopProgress(entry.getValue().path("current").asInt(0), passed));
            });
        } catch (IOException e) {
            try {
                AtomicFile.setAside(file); // kept for a look, never deleted; progress starts over
            } catch (IOException ignored) {
                // unreadable and immovable: progress starts over all the same
            }
        }
        return all;
    }
}
