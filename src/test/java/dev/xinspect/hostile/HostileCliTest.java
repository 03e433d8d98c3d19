package dev.xinspect.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CliMain;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.format.TerminalText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every generated hostile input through {@code explain} (text and JSON) and {@code report}: each run ends within seconds
 * with exit 0 (explained, whatever was odd said in a note) or exit 2 and one line on stderr; never a stack trace.
 * The seed is {@code -Dxinspect.hostile.seed} (default 15), so a failure can be replayed.
 */
class HostileCliTest {
    private static final long SEED = HostileInputs.seed();
    /** A hang guard, not a speed figure (speed is measured in src/bench): a run past it is stuck, not slow. */
    private static final long SECONDS = 120;

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> explainReportAndExportEndInAClearAnswerWithNothingRawForTheTerminal() {
        List<HostileInputs.Input> inputs = new HostileInputs(SEED).all();
        return inputs.stream().map(input -> DynamicTest.dynamicTest("seed " + SEED + ": " + input, () -> {
            Path file = Files.write(dir.resolve("input-" + Integer.toHexString(input.name().hashCode())), input.bytes());
            for (List<String> command : List.of(List.of("explain", "--format", "json"), List.of("explain"),
                    List.of("explain", "--format", "markdown"), List.of("report"), List.of("export", "--format", "har"))) {
                Run run = run(command, file);
                String what = String.join(" ", command) + " on " + input + " → exit " + run.exit + "\nstderr: " + run.err;
                assertTrue(run.exit == 0 || run.exit == 2, what);
                assertFalse(run.err.contains("Exception") || run.err.contains("\tat ") || run.out.contains("\tat "), what);
                assertTrue((run.out + run.err).chars().noneMatch(c -> TerminalText.isControl((char) c)),
                        what + ": a raw control character reached the terminal");
                if (run.exit == 2) {
                    assertEquals(1, run.err.strip().lines().count(), what);
                    assertTrue(run.err.startsWith("xinspect " + command.get(0) + ": "), what);
                }
                assertTrue(run.nanos < TimeUnit.SECONDS.toNanos(SECONDS), what + " took " + run.nanos / 1_000_000 + " ms");
            }
        }));
    }

    private record Run(int exit, String out, String err, long nanos) {
    }

    private static Run run(List<String> command, Path file) {
        CoreWiring core = new CoreWiring(Clock.fixed(Instant.ofEpochSecond(1795514400L), ZoneOffset.UTC), ZoneOffset.UTC);
        CommandLine commandLine = CliMain.commandLine(core);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] args = Stream.concat(command.stream(), Stream.of(file.toString())).toArray(String[]::new);
        long start = System.nanoTime();
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString(), System.nanoTime() - start);
    }
}
