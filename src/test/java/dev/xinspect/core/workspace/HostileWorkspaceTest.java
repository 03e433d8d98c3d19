package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.hostile.HostileInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose request and environment files are the generated hostile inputs still loads, within seconds: every
 * file that cannot be read is set aside with one sentence, the good request loads, and a hostile body saved as a
 * request reads back as it was.
 */
class HostileWorkspaceTest {
    private static final Path HOSTILE = WorkspaceStore.COLLECTIONS.resolve("Hostile");

    @TempDir
    Path dir;

    private WorkspaceStore store() {
        return new WorkspaceStore(dir, new MemorySecretStore(), new LiteralSecrets(Redactor.withoutKnownSecrets()),
                Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), Duration.ofSeconds(10));
    }

    @Test
    void everyHostileFileIsSetAsideWithOneSentenceAndTheRestLoads() throws Exception {
        List<HostileInputs.Input> inputs = new HostileInputs(HostileInputs.seed()).all();
        try (WorkspaceStore store = store()) {
            store.saveNew(store.createFolder(WorkspaceStore.COLLECTIONS, "Hostile"),
                    new SavedRequest("Good", "GET", "{{baseUrl}}/2/users/me", List.of(), "", "", ""));
        }
        Files.createDirectories(dir.resolve(WorkspaceStore.ENVIRONMENTS));
        for (int i = 0; i < inputs.size(); i++) {
            Files.write(dir.resolve(HOSTILE).resolve("hostile " + i + ".json"), inputs.get(i).bytes());
            Files.write(dir.resolve(WorkspaceStore.ENVIRONMENTS).resolve("env " + i + ".json"), inputs.get(i).bytes());
        }

        WorkspaceContents contents = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (WorkspaceStore store = store()) {
                return store.load();
            }
        });

        assertEquals(List.of("Good"), contents.collections().get(0).requests().stream().map(r -> r.request().name()).toList());
        long requestProblems = contents.problems().stream().filter(p -> p.startsWith(HOSTILE.toString())).count();
        assertEquals(inputs.size(), requestProblems, "each hostile request file is set aside");
        assertEquals(inputs.size(), contents.environments().size() + contents.problems().size() - requestProblems,
                "each environment file loads (an object without variables is one) or is set aside");
        for (String problem : contents.problems()) {
            assertEquals(1, problem.lines().count(), problem);
            assertTrue(problem.contains("could not be read (") && problem.endsWith("; nothing was deleted."),
                    problem.substring(0, Math.min(300, problem.length())));
        }
        try (WorkspaceStore store = store()) {
            assertEquals(List.of(), store.load().problems(), "set aside once, then out of the way");
        }
    }

    @Test
    void aHostileBodySavedAsARequestReadsBackAsItWas() throws Exception {
        try (WorkspaceStore store = store()) {
            store.createFolder(WorkspaceStore.COLLECTIONS, "Bodies");
        }
        for (HostileInputs.Input input : new HostileInputs(HostileInputs.seed()).all().subList(0, 6)) {
            SavedRequest saved = new SavedRequest("Body", "POST", "{{baseUrl}}/2/tweets", List.of(), input.text(), "", "");
            try (WorkspaceStore store = store()) {
                Path file = store.saveNew(WorkspaceStore.COLLECTIONS.resolve("Bodies"), saved).path();
                assertEquals(saved.body(), store.load().collections().get(0).requests().stream()
                        .filter(r -> r.path().equals(file)).findFirst().orElseThrow().request().body(), input.name());
                store.delete(file, null);
            }
        }
    }
}
