package dev.xinspect.app;

import dev.xinspect.cli.EndpointsCommand;
import dev.xinspect.cli.ExplainCommand;
import dev.xinspect.cli.ExportCommand;
import dev.xinspect.cli.ReportCommand;
import dev.xinspect.cli.SendCommand;
import dev.xinspect.cli.WorkshopCheckCommand;
import dev.xinspect.cli.WorkshopListCommand;
import dev.xinspect.core.workshop.ExpectationChecker;
import dev.xinspect.core.workshop.WorkshopRehearsal;
import dev.xinspect.cli.StreamCommand;
import dev.xinspect.cli.VerifyOauth1Command;
import dev.xinspect.cli.WebhookCrcCommand;
import dev.xinspect.core.auth.NonceLedger;
import dev.xinspect.core.auth.Oauth1Verifier;
import dev.xinspect.core.webhook.CrcResponder;
import picocli.CommandLine;

/** Lets picocli build commands with their collaborators from {@link CoreWiring} (constructor injection). */
public final class CliFactory implements CommandLine.IFactory {
    private final CoreWiring core;
    private final CommandLine.IFactory fallback;
    private final CliProfiles profiles;
    private final CliCollections collections;

    public CliFactory(CoreWiring core) {
        this(core, CommandLine.defaultFactory());
    }

    /** Commands this factory does not build come from {@code fallback} (tests pass one with a fixed clock). */
    public CliFactory(CoreWiring core, CommandLine.IFactory fallback) {
        this.core = core;
        this.fallback = fallback;
        this.profiles = new CliProfiles(core);
        this.collections = new CliCollections(core, profiles);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ExplainCommand.class) {
            return type.cast(new ExplainCommand(core.exchangeReader(), core.diagnoser(), core.diagnosisWriter(), core.redactor()));
        }
        if (type == ReportCommand.class) {
            return type.cast(new ReportCommand(core.exchangeReader(), core.diagnoser(), core.forumPostDrafter()));
        }
        if (type == ExportCommand.class) {
            return type.cast(new ExportCommand(core.exchangeReader(), core.redactor(), collections));
        }
        if (type == EndpointsCommand.class) {
            return type.cast(new EndpointsCommand(core.catalogs(), new dev.xinspect.core.catalog.SpecReader()));
        }
        if (type == WebhookCrcCommand.class) {
            return type.cast(new WebhookCrcCommand(new CrcResponder(), profiles::consumerSecret, System::getenv));
        }
        if (type == SendCommand.class) {
            return type.cast(new SendCommand(new CliSending(core, profiles), core.diagnoser(), core.diagnosisWriter(), core.redactor()));
        }
        if (type == WorkshopListCommand.class) {
            return type.cast(new WorkshopListCommand(ConfigDirectory::workspaceForThisUser));
        }
        if (type == WorkshopCheckCommand.class) {
            return type.cast(new WorkshopCheckCommand(ConfigDirectory::workspaceForThisUser, new WorkshopRehearsal(
                    new ExpectationChecker(core.diagnoser()), core.clock(), new java.security.SecureRandom())));
        }
        if (type == StreamCommand.class) {
            return type.cast(new StreamCommand(core.commandLineCredentials(), core.diagnoser(), core.diagnosisWriter(), core.clock()));
        }
        if (type == VerifyOauth1Command.class) {
            return type.cast(new VerifyOauth1Command(core.commandLineCredentials(), new Oauth1Verifier(core.clock(), new NonceLedger())));
        }
        if (type == dev.xinspect.cli.ImportCurlCommand.class) {
            return type.cast(new dev.xinspect.cli.ImportCurlCommand(core.redactor(), System.in));
        }
        if (type == dev.xinspect.cli.ImportPostmanCommand.class) {
            return type.cast(new dev.xinspect.cli.ImportPostmanCommand(new dev.xinspect.core.interop.PostmanReader(
                    new dev.xinspect.core.report.LiteralSecrets(core.redactor())), collections, System.in));
        }
        if (type == dev.xinspect.cli.ImportOpenApiCommand.class) {
            return type.cast(new dev.xinspect.cli.ImportOpenApiCommand(new dev.xinspect.core.interop.OpenApiCollection(
                    new dev.xinspect.core.catalog.SpecReader()), collections, System.in));
        }
        return fallback.create(type);
    }
}
