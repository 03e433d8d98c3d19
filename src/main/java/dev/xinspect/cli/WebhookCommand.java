package dev.xinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code xinspect webhook}: tools for X's webhooks and the Account Activity API. */
@Command(name = "webhook", mixinStandardHelpOptions = true, subcommands = WebhookCrcCommand.class,
        description = "Webhooks and the Account Activity API: answer a CRC as your consumer app must.")
public final class WebhookCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
