package dev.xinspect.core.workspace;

import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.SafeFileName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One saved request file read or written outside a {@link WorkspaceStore}: a workshop refers to requests by path and
 * an exported workshop folder carries copies of them. Same format as the store's files.
 */
public final class SavedRequestFile {
    private SavedRequestFile() {
    }

    /** Reads a request file; an unreadable one is an {@link IOException} whose message says why in a sentence. */
    public static SavedRequest read(Path file) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return new WorkspaceJson().request(Files.readAllBytes(file), SafeFileName.decode(stem));
        } catch (WorkspaceJson.Unreadable e) {
            throw new IOException(file.getFileName() + " is not a saved request: " + e.getMessage() + ".");
        }
    }

    /** Writes a request file atomically, in the format {@link WorkspaceStore} writes. */
    public static void write(Path file, SavedRequest request) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, new WorkspaceJson().request(request), false);
    }
}
