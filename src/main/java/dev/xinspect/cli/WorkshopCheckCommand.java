package dev.xinspect.cli;

import dev.xinspect.core.workshop.ExpectationResult;
import dev.xinspect.core.workshop.StepOutcome;
import dev.xinspect.core.workshop.UnreadableWorkshopException;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopRehearsal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinspect workshop check}: plays each step's reference request against a sandbox and reports, step by step. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run each step's reference request against an embedded sandbox (127.0.0.1, no network, no keys)",
                "with the step's scenario, and say whether its expectations hold."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every expectation of every step holds", "1:some do not", "2:the workshop cannot be read"})
public final class WorkshopCheckCommand implements Callable<Integer> {
    static final int SOME_FAIL = 1;
    static final int UNREADABLE = 2;

    private final Supplier<Path> defaultWorkspace;
    private final WorkshopRehearsal rehearsal;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "workspace folder (default: the app's)")
    Path workspace;

    @Parameters(paramLabel = "NAME|FILE", description = "a workshop's name (see `workshop list`) or its JSON file")
    String workshop;

    public WorkshopCheckCommand(Supplier<Path> defaultWorkspace, WorkshopRehearsal rehearsal) {
        this.defaultWorkspace = defaultWorkspace;
        this.rehearsal = rehearsal;
    }

    @Override
    public Integer call() {
        CommandConsole console = new CommandConsole(spec, "workshop check");
        WorkshopLibrary.Entry entry;
        List<StepOutcome> outcomes;
        try {
            entry = new WorkshopLibrary(Optional.of(workspace != null ? workspace : defaultWorkspace.get())).find(workshop);
            outcomes = rehearsal.rehearse(entry.workshop(), entry.resolver());
        } catch (UnreadableWorkshopException e) {
            return console.fail(UNREADABLE, e.getMessage());
        } catch (IOException e) {
            return console.fail(SOME_FAIL, "the sandbox could not start: " + e.getMessage());
        }
        PrintWriter out = console.out();
        out.println(entry.workshop().title());
        for (StepOutcome outcome : outcomes) {
            out.println();
            out.println((outcome.holds() ? "✓ " : "✗ ") + "Step " + outcome.number() + ": " + outcome.step().title()
                    + "  (scenario " + outcome.step().scenario() + ")");
            if (!outcome.problem().isEmpty()) {
                out.println("    ✗ " + outcome.problem());
            } else if (outcome.results().isEmpty()) {
                out.println("    ✗ This step expects nothing yet; add an expectation.");
            }
            outcome.results().stream().map(ExpectationResult::line).forEach(line -> out.println("    " + line));
        }
        long passed = outcomes.stream().filter(StepOutcome::holds).count();
        out.println();
        out.println(passed + " of " + outcomes.size() + " steps hold.");
        out.flush();
        return passed == outcomes.size() ? 0 : SOME_FAIL;
    }
}
