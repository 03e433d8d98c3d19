package dev.xinspect.app;

import dev.xinspect.cli.RootCommand;
import dev.xinspect.cli.TerminalText;
import picocli.CommandLine;

/** Builds the picocli command tree over the core and runs it; returns the process exit code. */
public final class CliMain {
    private CliMain() {
    }

    public static int run(String... args) {
        return commandLine(CoreWiring.forThisMachine()).execute(args);
    }

    /** True when the word names a subcommand, so a file of that name never shadows it. */
    static boolean isCommand(String word) {
        return new CommandLine(new RootCommand(), new CliFactory(CoreWiring.forThisMachine())).getSubcommands().containsKey(word);
    }

    /** The command tree with its collaborators; tests call this with their own wiring and writers. */
    public static CommandLine commandLine(CoreWiring core) {
        // `send -d @file` reads a body file as curl does, so picocli's own @argument-files stay off.
        CommandLine commandLine = new CommandLine(new RootCommand(), new CliFactory(core)).setExpandAtFiles(false);
        // picocli's own messages quote what was typed: escaped like every other output.
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(TerminalText.escape(e.getMessage()));
            failed.usage(failed.getErr());
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }
}
