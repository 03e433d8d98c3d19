package dev.xinspect.core.workspace;

import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.StorageException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Saves requests as fast as it can, as a user with two windows or two xinspects would: its own request over and over,
 * and a shared one (re-read, then saved; a "changed elsewhere" counts and goes on). Runs in a test thread, or as its
 * own process ({@link #main}) so two operating-system processes write one folder; it prints "saved N" as it goes.
 */
final class WorkspaceHammer {
    static final Path COLLECTION = WorkspaceStore.COLLECTIONS.resolve("Shared");
    static final Path COMMON = COLLECTION.resolve("common.json");

    private WorkspaceHammer() {
    }

    /** {@code folder who count bodyBytes}; a count of 0 runs until the process is killed. */
    public static void main(String[] args) throws Exception {
        try (WorkspaceStore store = store(Path.of(args[0]))) {
            int conflicts = hammer(store, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), System.out::println);
            System.out.println("done " + conflicts);
        }
    }

    static WorkspaceStore store(Path folder) {
        return new WorkspaceStore(folder, new MemorySecretStore(), new LiteralSecrets(Redactor.withoutKnownSecrets()),
                Clock.systemUTC(), Duration.ofSeconds(30));
    }

    static SavedRequest request(String name, int round, int bodyBytes) {
        char fill = (char) ('a' + round % 26);
        return new SavedRequest(name, "POST", "{{baseUrl}}/2/tweets?round=" + round,
                List.of(new SavedHeader("X-Round", Integer.toString(round), true)),
                "{\"text\":\"" + String.valueOf(fill).repeat(bodyBytes) + "\"}", "", "");
    }

    /** Returns how many saves of the shared request met a change made elsewhere (and were refused, as they must be). */
    static int hammer(WorkspaceStore store, String who, int count, int bodyBytes, Consumer<String> progress) throws StorageException {
        WorkspaceStore.SavedFile own = store.saveNew(COLLECTION, request(who, 0, bodyBytes));
        int conflicts = 0;
        for (int round = 1; count == 0 || round <= count; round++) {
            own = new WorkspaceStore.SavedFile(own.path(), store.save(own.path(), request(who, round, bodyBytes), own.version()));
            CollectionFolder.RequestEntry common = store.reload(COMMON);
            try {
                store.save(COMMON, request("common", round, bodyBytes), common.version());
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.CHANGED_ELSEWHERE) {
                    throw e;
                }
                conflicts++;
            }
            progress.accept("saved " + round);
        }
        return conflicts;
    }
}
