package dev.xinspect.core.workspace;

import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.SafeFileName;
import dev.xinspect.core.storage.SharedFolder;
import dev.xinspect.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How names in the workspace folder map to what the user sees: a request or environment is {@code <safe name>.json},
 * and hidden, temp and set-aside files are not part of the workspace. Shared by the loading and the saving side so both
 * read a folder the same way.
 */
final class WorkspaceFiles {
    static final String EXTENSION = ".json";
    private static final String GITIGNORE = """
            # Written by xinspect: its own bookkeeping, not for version control.
            .xinspect.lock
            .trash/
            *.corrupt-*
            .*.tmp
            """;

    private WorkspaceFiles() {
    }

    /** Visible entries of a folder (paths relative to the workspace), sorted; hidden, temp and set-aside files left out. */
    static List<Path> children(SharedFolder folder, Path dir) throws IOException {
        Path absolute = folder.resolve(dir);
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(absolute)) {
            return children;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && !AtomicFile.isSetAside(entry)) {
                    children.add(dir.resolve(name));
                }
            }
        }
        children.sort(Comparator.comparing(Path::toString));
        return children;
    }

    static boolean isJsonFile(Path file) {
        return file.getFileName().toString().endsWith(EXTENSION);
    }

    /** The name a file stands for: its file name without {@code .json}, decoded. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return SafeFileName.decode(name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name);
    }

    /** The file-name form of a name the user typed; refused when nothing of it is left. */
    static String safeName(String name) throws StorageException {
        try {
            return SafeFileName.encode(name);
        } catch (IllegalArgumentException e) {
            throw new StorageException(StorageException.Reason.REFUSED, "Give it a name first.");
        }
    }

    /** The sentence for a file that could not be read and was moved out of the way. */
    static String setAside(Path file, String why, Path aside) {
        return file + " could not be read (" + why + ") and was set aside as " + aside.getFileName() + "; nothing was deleted.";
    }

    /** A fresh workspace gets a .gitignore for xinspect's own files; an existing one is never touched. */
    static void newWorkspaceGitignore(SharedFolder folder) throws IOException {
        Path root = folder.root();
        if (!Files.exists(root.resolve(".gitignore")) && !Files.exists(folder.resolve(WorkspaceStore.COLLECTIONS))
                && !Files.exists(folder.resolve(WorkspaceStore.ENVIRONMENTS))) {
            try {
                AtomicFile.write(root.resolve(".gitignore"), GITIGNORE);
            } catch (IOException e) {
                throw StorageException.of(e, root);
            }
        }
    }
}
