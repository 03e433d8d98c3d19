package dev.xinspect.app;

import dev.xinspect.cli.RootCommand;
import picocli.CommandLine;

/** Builds the picocli command tree over the core and runs it; returns the process exit code. */
public final class CliMain {
    private CliMain() {
    }

    public static int run(String... args) {
        return new CommandLine(new RootCommand()).execute(args);
    }
}
