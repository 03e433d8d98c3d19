package dev.xinspect.cli;

import picocli.CommandLine.Command;

/** {@code xinspect}: the root of the CLI; subcommands are registered here. */
@Command(name = "xinspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Inspect, sign, diagnose and report X API v2 requests.",
        subcommands = {ExplainCommand.class, ReportCommand.class, ExportCommand.class, SignCommand.class, PkceCommand.class,
                SandboxCommand.class, EndpointsCommand.class, StreamCommand.class, VerifyOauth1Command.class, ImportCommand.class,
                WebhookCommand.class, SendCommand.class})
public final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
