package dev.xinspect.cli;

import dev.xinspect.core.interop.PostmanReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinspect import postman}: a Postman Collection v2.1 file into a workspace collection. */
@Command(name = "postman", mixinStandardHelpOptions = true,
        description = {"Import a Postman Collection v2.1 (X's official one among them) into the workspace: its folders,"
                + " requests, variables (as an environment of the same name) and auth (as the first saved profile of each mode).",
                "No secret is written into the collection: credentials in the file go to the credential store or are left"
                        + " out, and the summary says which."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (the summary lists what was changed or left out)",
                "2:the file is not a collection, or the workspace cannot be written (one-line reason on stderr)"})
public final class ImportPostmanCommand implements Callable<Integer> {
    private final PostmanReader reader;
    private final CollectionWorkspace workspace;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "workspace folder (default: the app's)")
    Path folder;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the collection file; - or nothing for standard input")
    String file;

    public ImportPostmanCommand(PostmanReader reader, CollectionWorkspace workspace, InputStream stdin) {
        this.reader = reader;
        this.workspace = workspace;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        return CollectionImports.run(spec, "import postman", file, stdin, reader::read, workspace, folder);
    }
}
