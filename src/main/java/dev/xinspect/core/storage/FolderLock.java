package dev.xinspect.core.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises writes to a folder across threads and across running instances: a {@link ReentrantLock} for this
 * instance's threads, then an OS lock ({@link FileChannel#tryLock()}) on a lock file in the folder, polled until a
 * timeout. The channel stays open for the lock's life: on POSIX systems closing any channel to a file drops every
 * lock the process holds on it (see {@link FileLock}'s platform notes), which would free the lock of another store
 * in this JVM. Elapsed time is measured with {@link System#nanoTime()}: a timeout is a duration, not a wall-clock time.
 */
public final class FolderLock implements AutoCloseable {
    /** Work done while the lock is held. */
    @FunctionalInterface
    public interface Locked<T> {
        T run() throws IOException;
    }

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Path lockFile;
    private final Duration timeout;
    private final ReentrantLock local = new ReentrantLock(true);
    private FileChannel channel;

    public FolderLock(Path lockFile, Duration timeout) {
        this.lockFile = lockFile;
        this.timeout = timeout;
    }

    /** Runs {@code work} holding the lock; a nested call from the same thread runs at once. */
    public <T> T run(Locked<T> work) throws IOException {
        if (local.isHeldByCurrentThread()) {
            return work.run();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw locked();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw locked();
        }
        try {
            FileLock os = acquire(deadline);
            try {
                return work.run();
            } finally {
                os.release();
            }
        } finally {
            local.unlock();
        }
    }

    private FileLock acquire(long deadline) throws IOException {
        FileChannel open = channel();
        while (true) {
            try {
                FileLock lock = open.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldInThisJvm) {
                // another store on the same folder in this process holds it: wait as for another process
            }
            if (System.nanoTime() - deadline > 0) {
                throw locked();
            }
            try {
                TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw locked();
            }
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            try {
                Files.createDirectories(lockFile.getParent());
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (UnsupportedOperationException e) { // ReadOnlyFileSystemException, or a file system without channels
                throw StorageException.readOnly(lockFile.getParent());
            } catch (IOException e) {
                throw StorageException.of(e, lockFile.getParent());
            }
        }
        return channel;
    }

    private StorageException locked() {
        return new StorageException(StorageException.Reason.LOCKED, "Another xinspect is writing to " + lockFile.getParent()
                + " and did not finish within " + timeout.toSeconds() + " s; nothing was saved. Try again.");
    }

    @Override
    public void close() throws IOException {
        local.lock();
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            local.unlock();
        }
    }
}
