package dev.xinspect.core.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One plain file that several running instances update (the credential file, the profiles): a read-modify-write runs
 * under the same kind of cross-process {@link FolderLock} a workspace uses, on {@code .<name>.lock} beside the file (one
 * lock per file, so a store that writes another store's file while holding its own never waits for itself), so two
 * writers never lose each other's changes; the file is replaced atomically ({@link AtomicFile}); and the temp files
 * a crash left beside it (which may hold every secret) are removed the first time the file is used, under the lock,
 * where no write of another instance can be half done. Thread-safe.
 */
public final class LockedFile {
    private final Path file;
    private final FolderLock lock;
    private final boolean ownerOnly;
    private volatile boolean swept;

    /** {@code ownerOnly}: the folder, when this creates it, is 0700 (see {@link AtomicFile#write(Path, byte[], boolean)}). */
    public LockedFile(Path file, Duration lockTimeout, boolean ownerOnly) {
        this.file = file.toAbsolutePath();
        this.ownerOnly = ownerOnly;
        this.lock = new FolderLock(this.file.resolveSibling("." + this.file.getFileName() + ".lock"), lockTimeout);
    }

    public Path path() {
        return file;
    }

    /** Runs {@code work} (typically read, change, {@link AtomicFile#write}) holding the lock. */
    public <T> T locked(FolderLock.Locked<T> work) throws IOException {
        AtomicFile.createFolder(file.getParent(), ownerOnly); // before the lock file would create it with default rights
        return lock.run(() -> {
            sweep();
            return work.run();
        });
    }

    /**
     * Removes leftover temp files now, if that has not happened yet; for a store whose first use is a read. A folder
     * that cannot be written (or locked) is left as it is: reading still works there.
     */
    public void removeLeftoverTemps() {
        if (swept) {
            return;
        }
        try {
            if (leftoverTemps().isEmpty()) {
                swept = true; // nothing to remove: a read takes no lock and leaves no lock file
                return;
            }
            locked(() -> null);
        } catch (IOException e) {
            swept = true; // read-only or locked for long: try no more, reads do not need it
        }
    }

    private void sweep() throws IOException {
        if (!swept) {
            for (Path leftover : leftoverTemps()) {
                Files.deleteIfExists(leftover);
            }
            swept = true;
        }
    }

    private List<Path> leftoverTemps() throws IOException {
        List<Path> leftovers = new ArrayList<>();
        if (Files.isDirectory(file.getParent())) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent())) {
                for (Path entry : entries) {
                    if (AtomicFile.isLeftoverTempOf(entry, file) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        leftovers.add(entry);
                    }
                }
            }
        }
        return leftovers;
    }
}
