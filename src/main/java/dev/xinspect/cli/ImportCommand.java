package dev.xinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinspect import}: reads requests written for another tool: a curl command, a Postman collection, an OpenAPI document. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import requests written for another tool.",
        subcommands = {ImportCurlCommand.class, ImportPostmanCommand.class, ImportOpenApiCommand.class})
public final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
