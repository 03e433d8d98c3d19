package dev.xinspect.cli;

import dev.xinspect.core.diagnosis.Checklist;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.report.ForumPostDrafter;
import dev.xinspect.core.report.ForumPostRequest;
import dev.xinspect.core.report.TakenStep;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinspect report}: a redacted, copy-ready community forum post for a saved response. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Draft a community forum post for an X API response, with every secret redacted.",
                "Reads the same inputs as `explain`: curl -i output, a HAR file (first entry), or an exchange JSON."})
public final class ReportCommand implements Callable<Integer> {
    private final ExchangeReader reader;
    private final Diagnoser diagnoser;
    private final ForumPostDrafter drafter;

    @Spec
    CommandSpec spec;

    @Option(names = "--description", description = "the problem in your words (default: prefilled from the diagnosis)")
    String description;

    @Option(names = "--expected", description = "what you expected to receive instead")
    String expected;

    @Option(names = "--checked", split = ",", paramLabel = "ID",
            description = "steps taken: a checklist id (every item), or id:N for its N-th item, e.g. usage-caps:1,authentication")
    List<String> checked = new ArrayList<>();

    @Option(names = "--app-id", description = "your App ID (developer portal)")
    String appId;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the file to read; - or nothing for standard input")
    String file;

    public ReportCommand(ExchangeReader reader, Diagnoser diagnoser, ForumPostDrafter drafter) {
        this.reader = reader;
        this.diagnoser = diagnoser;
        this.drafter = drafter;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "report");
        Exchange exchange;
        try {
            exchange = InputSource.exchanges(reader, file, System.in).get(0);
        } catch (InputSource.UnusableInput e) {
            return console.fail(ExplainCommand.NOT_A_RESPONSE, e.getMessage());
        }
        Diagnosis diagnosis = diagnoser.diagnose(exchange);
        List<TakenStep> steps = new ArrayList<>();
        for (String id : checked) {
            if (!addSteps(diagnosis, id.trim(), steps)) {
                return console.fail(2, "--checked " + id + " is not a checklist of this diagnosis ("
                        + String.join(", ", diagnosis.checklistIds()) + ")");
            }
        }
        PrintWriter out = console.out();
        out.print(drafter.draft(new ForumPostRequest(exchange, diagnosis, description, expected, steps, appId, "")).markdown());
        out.flush();
        return 0;
    }

    private static boolean addSteps(Diagnosis diagnosis, String id, List<TakenStep> steps) {
        String[] parts = id.split(":", 2);
        Checklist checklist = diagnosis.checklists().stream().filter(c -> c.id().equals(parts[0])).findFirst().orElse(null);
        if (checklist == null) {
            return false;
        }
        if (parts.length == 1) {
            checklist.items().forEach(item -> steps.add(new TakenStep(checklist.id(), item.text())));
            return true;
        }
        try {
            int index = Integer.parseInt(parts[1]) - 1;
            steps.add(new TakenStep(checklist.id(), checklist.items().get(index).text()));
            return true;
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return false;
        }
    }
}
