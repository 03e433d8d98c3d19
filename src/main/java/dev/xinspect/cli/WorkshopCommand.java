package dev.xinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code xinspect workshop}: the workshop kits; {@code list} and {@code check} do the work. */
@Command(name = "workshop", mixinStandardHelpOptions = true,
        description = "Workshop kits: lessons whose steps a student can check against the sandbox.",
        subcommands = {WorkshopListCommand.class, WorkshopCheckCommand.class})
public final class WorkshopCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
