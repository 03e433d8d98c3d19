package dev.xinspect.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand's two terminal-safe writers and its one way of stopping with a reason, so that every command says why
 * it stopped the same way: one line {@code xinspect NAME: reason} on stderr and a documented exit code.
 */
final class CommandConsole {
    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;

    /** @param command the command as typed after {@code xinspect}, e.g. {@code import curl} */
    CommandConsole(CommandSpec spec, String command) {
        this.command = command;
        this.out = TerminalText.out(spec);
        this.err = TerminalText.err(spec);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Says on stderr why the command stops and gives back the exit code for the command to return. */
    int fail(int exitCode, String reason) {
        warn(reason);
        return exitCode;
    }

    /** Says on stderr, as one line naming the command, something the user should know whether or not it stops. */
    void warn(String message) {
        err.println("xinspect " + command + ": " + message);
        err.flush();
    }

    /** Prints the command's whole result as one block on stdout; 0, the exit code of a command that did its job. */
    int succeed(String result) {
        out.println(result);
        out.flush();
        return 0;
    }
}
