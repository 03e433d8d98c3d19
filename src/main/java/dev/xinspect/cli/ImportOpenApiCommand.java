package dev.xinspect.cli;

import dev.xinspect.core.catalog.BuiltInSpec;
import dev.xinspect.core.interop.OpenApiCollection;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinspect import openapi}: an OpenAPI 3 document as a workspace collection. */
@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = {"Import an OpenAPI 3 document (JSON) as a workspace collection: a folder per tag, a request per"
                + " operation at {{baseUrl}} with path parameters as {{variables}}, required query parameters filled in"
                + " and optional ones as switched-off rows.",
                "--x imports X's API spec as shipped with xinspect."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "2:the document is not OpenAPI 3, or the workspace cannot be written (one-line reason on stderr)"})
public final class ImportOpenApiCommand implements Callable<Integer> {
    private final OpenApiCollection openApi;
    private final CollectionWorkspace workspace;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--x", description = "import X's API spec as shipped with xinspect instead of a file")
    boolean builtIn;

    @Option(names = "--workspace", paramLabel = "DIR", description = "workspace folder (default: the app's)")
    Path folder;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the OpenAPI document; - or nothing for standard input")
    String file;

    public ImportOpenApiCommand(OpenApiCollection openApi, CollectionWorkspace workspace, InputStream stdin) {
        this.openApi = openApi;
        this.workspace = workspace;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        InputStream input = builtIn ? new ByteArrayInputStream(BuiltInSpec.shipped().documentText().getBytes(StandardCharsets.UTF_8)) : stdin;
        String source = builtIn ? "X's API spec as shipped" : file == null ? "standard input" : file;
        return CollectionImports.run(spec, "import openapi", builtIn ? null : file, input, text -> openApi.read(text, source),
                workspace, folder);
    }
}
