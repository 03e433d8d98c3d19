package dev.xinspect.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondHolderWaitsThenGivesUpWithAPlainMessage() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (FolderLock first = new FolderLock(dir.resolve(".xinspect.lock"), Duration.ofSeconds(10));
             FolderLock second = new FolderLock(dir.resolve(".xinspect.lock"), Duration.ofMillis(100))) {
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
                try {
                    first.run(() -> {
                        held.countDown();
                        try {
                            return release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            throw new java.io.InterruptedIOException();
                        }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            held.await(10, TimeUnit.SECONDS);

            StorageException locked = assertThrows(StorageException.class, () -> second.run(() -> "never"));

            assertEquals(StorageException.Reason.LOCKED, locked.reason());
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertEquals("after", second.run(() -> "after"));
            assertEquals("nested", first.run(() -> first.run(() -> "nested")));
        }
    }
}
