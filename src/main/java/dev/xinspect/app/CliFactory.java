package dev.xinspect.app;

import dev.xinspect.cli.ExplainCommand;
import dev.xinspect.cli.ReportCommand;
import picocli.CommandLine;

/** Lets picocli build commands with their collaborators from {@link CoreWiring} (constructor injection). */
final class CliFactory implements CommandLine.IFactory {
    private final CoreWiring core;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(CoreWiring core) {
        this.core = core;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ExplainCommand.class) {
            return type.cast(new ExplainCommand(core.exchangeReader(), core.diagnoser(), core.diagnosisWriter()));
        }
        if (type == ReportCommand.class) {
            return type.cast(new ReportCommand(core.exchangeReader(), core.diagnoser(), core.forumPostDrafter()));
        }
        return fallback.create(type);
    }
}
