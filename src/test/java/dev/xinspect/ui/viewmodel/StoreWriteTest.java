package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.storage.StorageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One workspace write: its failure in the error line, the window changed only when it worked. */
class StoreWriteTest {
    private final List<String> lines = new ArrayList<>();
    private final AtomicInteger applied = new AtomicInteger();
    private final StoreWrite write = new StoreWrite(() -> null, lines::add, Runnable::run, Runnable::run);

    @Test
    void aRefusedWriteSaysWhyAndChangesNothing() {
        boolean written = write.run(store -> {
            throw StorageException.readOnly(Path.of("/workspace"));
        }, applied::incrementAndGet).join();

        assertFalse(written);
        assertEquals(0, applied.get());
        assertEquals(List.of(StorageException.readOnly(Path.of("/workspace")).getMessage()), lines);
    }

    @Test
    void aWriteThatWorksClearsTheLineAboutAnEarlierFailure() {
        write.run(store -> {
            throw StorageException.readOnly(Path.of("/workspace"));
        }, applied::incrementAndGet).join();

        assertTrue(write.run(store -> { }, applied::incrementAndGet).join());

        assertEquals("", lines.get(lines.size() - 1));
        assertEquals(1, applied.get());
    }
}
