package dev.xinspect.cli;

import dev.xinspect.core.interop.CollectionImporter;
import dev.xinspect.core.interop.ImportedCollection;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code import postman}, {@code import openapi} and {@code export --format postman} need from the app: the
 * workspace folder (the window's, or {@code --workspace DIR}) and the saved credential profiles, which pick the
 * profile an imported request's auth mode uses and name the mode of an exported request's profile.
 */
public interface CollectionWorkspace {
    /** A workspace that cannot be read or written; the message is one plain sentence for stderr. */
    final class Unusable extends Exception {
        public Unusable(String message) {
            super(message);
        }
    }

    /** Writes the collection and its variables into the workspace ({@code folder}, or the app's when empty). */
    CollectionImporter.Summary importCollection(ImportedCollection collection, Optional<Path> folder) throws Unusable;

    /**
     * The named collection as Postman v2.1 JSON, with the variables of {@code environment} (default: the environment
     * named like the collection, if there is one).
     */
    String exportPostman(String collection, Optional<String> environment, Optional<Path> folder) throws Unusable;
}
