package dev.xinspect.cli;

import dev.xinspect.core.interop.ImportedCollection;
import dev.xinspect.core.interop.UnreadableCollectionException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** The common run of {@code import postman} and {@code import openapi}: read, convert, write, print the summary. */
final class CollectionImports {
    static final int NOT_IMPORTED = 2;

    /** Turns a file's text into a collection, or says why it cannot. */
    @FunctionalInterface
    interface Conversion {
        ImportedCollection convert(String text) throws UnreadableCollectionException;
    }

    private CollectionImports() {
    }

    static int run(CommandSpec spec, String command, String file, InputStream stdin, Conversion conversion,
                   CollectionWorkspace workspace, Path folder) {
        CommandConsole console = new CommandConsole(spec, command);
        try {
            ImportedCollection collection = conversion.convert(InputSource.text(file, stdin));
            return console.succeed(workspace.importCollection(collection, Optional.ofNullable(folder)).text());
        } catch (InputSource.UnusableInput | UnreadableCollectionException | CollectionWorkspace.Unusable e) {
            return console.fail(NOT_IMPORTED, e.getMessage());
        }
    }
}
