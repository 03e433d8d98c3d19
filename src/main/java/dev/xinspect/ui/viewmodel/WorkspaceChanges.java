package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.WorkspaceContents;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The sidebar's disk work: a change to the workspace's files (save, rename, move, delete, new folder) runs on the
 * worker, then the folder is read again so the tree shows what is on disk; the outcome comes back on the FX thread. A
 * change that fails is reported, never thrown, and the folder is not read again.
 */
final class WorkspaceChanges {
    /** One change to the store; returns the file it wrote (a null version for a folder). */
    @FunctionalInterface
    interface Change {
        WorkspaceStore.SavedFile apply(WorkspaceStore store) throws StorageException;
    }

    private final Supplier<WorkspaceStore> store;
    private final Executor worker;
    private final Executor fxThread;

    WorkspaceChanges(Supplier<WorkspaceStore> store, Executor worker, Executor fxThread) {
        this.store = store;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Reads the workspace folder on the worker and hands it over on the FX thread. */
    CompletableFuture<Void> read(Consumer<WorkspaceContents> show) {
        return CompletableFuture.supplyAsync(() -> store.get().load(), worker).thenAcceptAsync(show, fxThread);
    }

    /**
     * Runs {@code change}; on the FX thread either {@code failed} gets why, or {@code done} gets the file written and
     * the workspace as read after it. Completes with whether the change happened.
     */
    CompletableFuture<Boolean> run(Change change, Consumer<StorageException> failed,
                                   BiConsumer<WorkspaceStore.SavedFile, WorkspaceContents> done) {
        WorkspaceStore target = store.get(); // one store for the change and the read after it
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new Outcome(change.apply(target), null, target.load());
            } catch (StorageException e) {
                return new Outcome(null, e, null);
            } catch (RuntimeException e) {
                return new Outcome(null, new StorageException(StorageException.Reason.FAILED, String.valueOf(e.getMessage())), null);
            }
        }, worker).thenApplyAsync(outcome -> {
            if (outcome.failure() != null) {
                failed.accept(outcome.failure());
                return false;
            }
            done.accept(outcome.file(), outcome.contents());
            return true;
        }, fxThread);
    }

    /** A failure that Reload or Save as copy resolves: the file was changed or removed by someone else. */
    static boolean isConflict(StorageException failure) {
        return failure.reason() == StorageException.Reason.CHANGED_ELSEWHERE || failure.reason() == StorageException.Reason.REMOVED_ELSEWHERE;
    }

    private record Outcome(WorkspaceStore.SavedFile file, StorageException failure, WorkspaceContents contents) {
    }
}
