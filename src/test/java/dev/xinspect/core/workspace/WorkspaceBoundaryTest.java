package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import java.nio.charset.StandardCharsets;
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

/** The workspace never leaves itself: links out are not followed, loops end, huge bodies save and load. */
class WorkspaceBoundaryTest {
    private static final Path TWEETS = WorkspaceStore.COLLECTIONS.resolve("Tweets");

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private Path workspace() {
        return dir.resolve("workspace");
    }

    private WorkspaceStore store() {
        return new WorkspaceStore(workspace(), new MemorySecretStore(), new LiteralSecrets(Redactor.withoutKnownSecrets()),
                clock, Duration.ofSeconds(10));
    }

    private static SavedRequest post(String name, String body) {
        return new SavedRequest(name, "POST", "{{baseUrl}}/2/tweets", List.of(), body, "", "");
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLinkToAFolderOutsideIsNotFollowedAndNothingThereIsTouched() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("broken.json"), "{ not json", StandardCharsets.UTF_8);
        Files.writeString(outside.resolve(".old.json.123.tmp"), "left by someone else", StandardCharsets.UTF_8);
        try (WorkspaceStore store = store()) {
            store.saveNew(store.createFolder(WorkspaceStore.COLLECTIONS, "Tweets"), post("Hello", "{}"));
        }
        Files.createSymbolicLink(workspace().resolve(TWEETS).resolve("elsewhere"), outside);
        Files.createSymbolicLink(workspace().resolve(WorkspaceStore.COLLECTIONS).resolve("Away"), outside);
        Files.createSymbolicLink(workspace().resolve(TWEETS).resolve("stolen.json"), outside.resolve("broken.json"));

        WorkspaceContents contents;
        try (WorkspaceStore store = store()) {
            contents = store.load();
        }

        assertEquals(List.of(".old.json.123.tmp", "broken.json"), namesIn(outside), "nothing outside renamed or removed");
        assertEquals(1, contents.collections().size());
        assertEquals(1, contents.collections().get(0).requests().size());
        assertEquals(3, contents.problems().size(), contents.problems().toString());
        assertTrue(contents.problems().stream().allMatch(p -> p.contains("outside the workspace")), contents.problems().toString());
    }

    @Test
    void linksRoundALoopEndAtOnce() throws Exception {
        try (WorkspaceStore store = store()) {
            store.saveNew(store.createFolder(WorkspaceStore.COLLECTIONS, "Tweets"), post("Hello", "{}"));
        }
        Path tweets = workspace().resolve(TWEETS);
        Files.createSymbolicLink(tweets.resolve("again"), tweets);
        Files.createSymbolicLink(tweets.resolve("and again"), tweets);
        Files.createSymbolicLink(workspace().resolve(WorkspaceStore.COLLECTIONS).resolve("Up"), workspace());

        WorkspaceContents contents = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (WorkspaceStore store = store()) {
                return store.load();
            }
        });

        assertEquals(List.of("Tweets", "Up"), contents.collections().stream().map(CollectionFolder::name).sorted().toList());
        assertEquals(List.of(), contents.collections().stream().filter(c -> c.name().equals("Tweets")).findFirst()
                .orElseThrow().folders(), "the loop is not shown as folders");
        assertTrue(contents.problems().stream().anyMatch(p -> p.contains("shown already")), contents.problems().toString());
    }

    @Test
    void aSaveThroughALinkOutOfTheWorkspaceIsRefused() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        try (WorkspaceStore store = store()) {
            store.createFolder(WorkspaceStore.COLLECTIONS, "Tweets");
        }
        Files.createSymbolicLink(workspace().resolve(TWEETS).resolve("elsewhere"), outside);

        try (WorkspaceStore store = store()) {
            assertTrue(org.junit.jupiter.api.Assertions.assertThrows(dev.xinspect.core.storage.StorageException.class,
                    () -> store.saveNew(TWEETS.resolve("elsewhere"), post("Hello", "{}"))).getMessage().contains("link"));
        }
        assertEquals(List.of(), namesIn(outside));
    }

    @Test
    void aRequestWithA30MegabyteBodySavesAndLoads() throws Exception {
        String body = "{\"text\":\"" + "x".repeat(30 * 1024 * 1024) + "\"}"; // past Jackson's 20 M default
        try (WorkspaceStore store = store()) {
            store.saveNew(store.createFolder(WorkspaceStore.COLLECTIONS, "Tweets"), post("Huge", body));
        }

        WorkspaceContents contents;
        try (WorkspaceStore store = store()) {
            contents = store.load();
        }

        assertEquals(List.of(), contents.problems());
        assertEquals(body, contents.collections().get(0).requests().get(0).request().body());
    }

    @Test
    void aFileNestedPastTheLimitIsSetAsideWithOneSentenceAndTheRestLoads() throws Exception {
        try (WorkspaceStore store = store()) {
            store.saveNew(store.createFolder(WorkspaceStore.COLLECTIONS, "Tweets"), post("Hello", "{}"));
        }
        Files.writeString(workspace().resolve(TWEETS).resolve("Deep.json"), "[".repeat(5_000) + "]".repeat(5_000));

        WorkspaceContents contents;
        try (WorkspaceStore store = store()) {
            contents = store.load();
        }

        assertEquals(1, contents.collections().get(0).requests().size());
        assertEquals(List.of(TWEETS.resolve("Deep.json") + " could not be read (it is nested deeper than 1,000 levels) and was "
                + "set aside as Deep.json.corrupt-1; nothing was deleted."), contents.problems());
    }
}
