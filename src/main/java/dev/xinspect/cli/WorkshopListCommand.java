package dev.xinspect.cli;

import dev.xinspect.core.workshop.WorkshopLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xinspect workshop list}: the built-in workshops and the workspace's own. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Name the built-in workshops and those in the workspace's workshops/ folder.")
public final class WorkshopListCommand implements Callable<Integer> {
    private final Supplier<Path> defaultWorkspace;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "workspace folder (default: the app's)")
    Path workspace;

    public WorkshopListCommand(Supplier<Path> defaultWorkspace) {
        this.defaultWorkspace = defaultWorkspace;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "workshop list");
        PrintWriter out = console.out();
        WorkshopLibrary.Listing listing = new WorkshopLibrary(Optional.of(workspace != null ? workspace : defaultWorkspace.get())).list();
        for (WorkshopLibrary.Entry entry : listing.entries()) {
            out.printf("%-28s %-52s %s%n", entry.workshop().name(), entry.workshop().title(),
                    entry.file().map(Path::toString).orElse("(built in)"));
        }
        listing.problems().forEach(console::warn);
        out.flush();
        return 0;
    }
}
