package dev.xinspect.core.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A save, move or delete that did not happen, with one plain sentence for the user and a {@link Reason} the caller can
 * act on (offer Reload or Save as copy for {@link Reason#CHANGED_ELSEWHERE}). Messages name files, never contents.
 */
public final class StorageException extends IOException {
    /** Why nothing was written. */
    public enum Reason {
        /** The file on disk is not the one this instance read: another window, instance or editor changed it. */
        CHANGED_ELSEWHERE,
        /** The file this instance read is gone: deleted or moved elsewhere. */
        REMOVED_ELSEWHERE,
        /** The name is taken. */
        EXISTS,
        /** The folder cannot be written: permissions or a read-only file system. */
        READ_ONLY,
        /** Another instance held the folder's lock for longer than the timeout. */
        LOCKED,
        /** The content cannot be saved as it is (a secret in it, an empty name). */
        REFUSED,
        /** Any other I/O failure (disk full, …). */
        FAILED
    }

    private final Reason reason;

    public StorageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Turns a low-level failure into a sentence about {@code folder}: read-only, or what failed and why. */
    public static StorageException of(IOException e, Path folder) {
        if (e instanceof StorageException storage) {
            return storage;
        }
        if (e instanceof AccessDeniedException || (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only"))) {
            return readOnly(folder);
        }
        String why = FileFailure.reason(e);
        return new StorageException(Reason.FAILED, "Could not write to " + folder + " (" + why + "); nothing was changed.");
    }

    public static StorageException readOnly(Path folder) {
        return new StorageException(Reason.READ_ONLY, "The folder " + folder
                + " is read-only (or you may not write to it); nothing was saved. Choose another workspace folder in Settings.");
    }
}
