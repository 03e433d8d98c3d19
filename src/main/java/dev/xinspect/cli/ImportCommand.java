package dev.xinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xinspect import}: reads a request written for another tool; {@code import curl} is the one there is. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a request written for another tool.",
        subcommands = ImportCurlCommand.class)
public final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
