package dev.xinspect.core.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xinspect.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scenarios in {@code dev/xinspect/sandbox/scenarios.json}; the header {@code X-Xinspect-Scenario} picks one per request. */
public final class Scenarios {
    public static final String HEADER = "X-Xinspect-Scenario";
    public static final String NORMAL = "normal";

    private final List<Scenario> all;

    private Scenarios(List<Scenario> all) {
        this.all = List.copyOf(all);
    }

    public static Scenarios loadBundled() {
        try (InputStream in = Scenarios.class.getResourceAsStream("/dev/xinspect/sandbox/scenarios.json")) {
            JsonNode root = JsonLimits.mapper().readTree(in);
            List<Scenario> scenarios = new ArrayList<>();
            root.path("scenarios").forEach(s -> scenarios.add(new Scenario(s.path("name").asText(), s.path("title").asText(),
                    s.path("lesson").asText())));
            return new Scenarios(scenarios);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Scenario> all() {
        return all;
    }

    public Optional<Scenario> named(String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
