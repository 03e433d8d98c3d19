package dev.xinspect.cli;

import dev.xinspect.core.interop.ImportedCollection;
import dev.xinspect.core.interop.UnreadableCollectionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** The common run of {@code import postman} and {@code import openapi}: read, convert, write, print the summary. */
final class CollectionImports {
    static final int IMPORTED = 0;
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
        PrintWriter err = TerminalText.err(spec);
        try {
            ImportedCollection collection = conversion.convert(InputSource.read(file, stdin));
            String summary = workspace.importCollection(collection, Optional.ofNullable(folder)).text();
            PrintWriter out = TerminalText.out(spec);
            out.println(summary);
            out.flush();
            return IMPORTED;
        } catch (IOException e) {
            err.println("xinspect " + command + ": cannot read the input: " + e.getMessage());
        } catch (UnreadableCollectionException | CollectionWorkspace.Unusable e) {
            err.println("xinspect " + command + ": " + e.getMessage());
        }
        err.flush();
        return NOT_IMPORTED;
    }
}
