package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.secret.FileSecretStore;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.CollectionFolder;
import dev.xinspect.core.workspace.WorkspaceContents;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceChangesTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> fxThread = new ArrayDeque<>();
    private final List<StorageException> failures = new ArrayList<>();
    private final List<WorkspaceContents> shown = new ArrayList<>();
    private WorkspaceChanges changes;

    @BeforeEach
    void open() {
        store = new WorkspaceStore(dir.resolve("workspace"), new FileSecretStore(dir.resolve("secrets.json")),
                new LiteralSecrets(Redactor.withoutKnownSecrets()), Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC),
                Duration.ofSeconds(5));
        changes = new WorkspaceChanges(() -> store, worker::add, fxThread::add);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static void drain(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    private CompletableFuture<Boolean> run(WorkspaceChanges.Change change) {
        return changes.run(change, failures::add, (file, contents) -> shown.add(contents));
    }

    @Test
    void theChangeRunsOnTheWorkerAndTheTreeAsReadAfterItComesBackOnTheFxThread() {
        CompletableFuture<Boolean> done = run(s -> new WorkspaceStore.SavedFile(s.createFolder(WorkspaceStore.COLLECTIONS, "Users"), null));
        assertTrue(fxThread.isEmpty());

        drain(worker);
        assertEquals(List.of(), shown, "nothing is shown off the FX thread");
        drain(fxThread);

        assertTrue(done.join());
        assertEquals(List.of("Users"), shown.get(0).collections().stream().map(CollectionFolder::name).toList());
        assertEquals(List.of(), failures);
    }

    @Test
    void aConflictIsReportedNotThrownAndTheFolderIsNotReadAgain() {
        StorageException changed = new StorageException(StorageException.Reason.CHANGED_ELSEWHERE, "Me.json was changed elsewhere.");
        CompletableFuture<Boolean> done = run(s -> {
            throw changed;
        });
        drain(worker);
        drain(fxThread);

        assertFalse(done.join());
        assertEquals(List.of(changed), failures);
        assertTrue(WorkspaceChanges.isConflict(changed));
        assertFalse(WorkspaceChanges.isConflict(new StorageException(StorageException.Reason.EXISTS, "taken")));
        assertEquals(List.of(), shown);
    }

    @Test
    void anUnexpectedFailureIsStillOneMessage() {
        CompletableFuture<Boolean> done = run(s -> {
            throw new IllegalArgumentException("Malformed input or input contains unmappable characters: Me\u0000.json");
        });
        drain(worker);
        drain(fxThread);

        assertFalse(done.join());
        assertEquals(StorageException.Reason.FAILED, failures.get(0).reason());
        assertEquals("Malformed input or input contains unmappable characters: Me\u0000.json", failures.get(0).getMessage());
    }
}
