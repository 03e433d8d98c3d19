package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.storage.StorageException;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One write to the workspace on the worker, its outcome on the FX thread: the error line gets "" when it worked (a
 * line about an earlier failure must not outlive a save that worked) or the storage problem's sentence, and only a
 * write that worked changes what the window shows. The store is asked for when the write starts, so a workspace
 * switched meanwhile gets no late write.
 */
final class StoreWrite {
    /** The write itself, on the worker. */
    @FunctionalInterface
    interface Work {
        void run(WorkspaceStore store) throws StorageException;
    }

    private final Supplier<WorkspaceStore> store;
    private final Consumer<String> errorLine;
    private final Executor worker;
    private final Executor fxThread;

    StoreWrite(Supplier<WorkspaceStore> store, Consumer<String> errorLine, Executor worker, Executor fxThread) {
        this.store = store;
        this.errorLine = errorLine;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** @param done runs on the FX thread, only when the write worked; completes with whether it did */
    CompletableFuture<Boolean> run(Work work, Runnable done) {
        WorkspaceStore target = store.get();
        return CompletableFuture.supplyAsync(() -> {
            try {
                work.run(target);
                return "";
            } catch (StorageException e) {
                return e.getMessage();
            }
        }, worker).thenApplyAsync(message -> {
            errorLine.accept(message);
            if (message.isEmpty()) {
                done.run();
            }
            return message.isEmpty();
        }, fxThread);
    }
}
