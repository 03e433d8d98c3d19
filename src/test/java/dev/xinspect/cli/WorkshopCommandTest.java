package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CliMain;
import dev.xinspect.app.CoreWiring;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code xinspect workshop list|check} through the real command tree, each check on its own sandbox on 127.0.0.1. */
class WorkshopCommandTest {
    @TempDir
    Path workspace;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CliMain.commandLine(CoreWiring.forThisMachine());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "workshop";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--workspace";
        all[args.length + 2] = workspace.toString();
        return commandLine.execute(all);
    }

    /** A lesson never promises what the sandbox does not show: every built-in step holds against it. */
    @ParameterizedTest
    @ValueSource(strings = {"first-request", "reading-errors", "oauth1-by-hand", "pkce-end-to-end", "streams", "forum-post"})
    void everyBuiltInWorkshopHoldsAgainstTheSandbox(String name) {
        int exit = run("check", name);
        assertEquals(0, exit, out + "\n" + err);
        assertTrue(out.toString().contains("steps hold.") && !out.toString().contains("✗"), out.toString());
    }

    @Test
    void listNamesBuiltInsAndTheWorkspacesOwn() throws Exception {
        Files.createDirectories(workspace.resolve("workshops"));
        Files.writeString(workspace.resolve("workshops/mine.json"), """
                {"title": "My lesson", "steps": [{"title": "S", "request": {"url": "{{baseUrl}}/2/users/me"}, "expect": [{"status": 401}]}]}""");
        Files.writeString(workspace.resolve("workshops/broken.json"), "{\"title\": ");
        assertEquals(0, run("list"));
        assertTrue(out.toString().contains("first-request") && out.toString().contains("(built in)"), out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("mine") && l.contains("My lesson")), out.toString());
        assertTrue(err.toString().contains("broken.json is not valid JSON (line 1)."), err.toString());
    }

    @Test
    void aStepThatDoesNotHoldSaysWhyAndExitsOne() throws Exception {
        Path file = Files.writeString(workspace.resolve("wrong.json"), """
                {"title": "Wrong", "steps": [
                  {"title": "Expects too much", "request": {"url": "{{baseUrl}}/2/users/me", "auth": "app-only"},
                   "expect": [{"status": 200}, {"problemType": "https://api.twitter.com/2/problems/unsupported-authentication"}]},
                  {"title": "Not filled in yet", "request": {"url": "{{baseUrl}}/2/users/me"}}
                ]}""");
        assertEquals(1, run("check", file.toString()));
        assertTrue(out.toString().contains("✗ Step 1: Expects too much  (scenario normal)"), out.toString());
        assertTrue(out.toString().contains("    ✗ status 200: The status is 403, not 200."), out.toString());
        assertTrue(out.toString().contains("    ✓ problem type https://api.twitter.com/2/problems/unsupported-authentication"), out.toString());
        assertTrue(out.toString().contains("    ✗ This step expects nothing yet; add an expectation."), out.toString());
        assertTrue(out.toString().contains("0 of 2 steps hold."), out.toString());
    }

    @Test
    void anUnreadableFileExitsTwoWithOneSentence() throws Exception {
        Path file = Files.writeString(workspace.resolve("bad.json"), "{\"title\": \"T\", \"steps\": []}");
        assertEquals(2, run("check", file.toString()));
        assertEquals("xinspect workshop check: " + file + " has no steps: \"steps\" should be a list with at least one step.",
                err.toString().strip());
        assertEquals(2, run("check", "no-such-workshop"));
    }

    @Test
    void anUnknownScenarioIsReportedForItsStep() throws Exception {
        Path file = Files.writeString(workspace.resolve("scenario.json"), """
                {"title": "T", "steps": [{"title": "S", "scenario": "sunny", "request": {"url": "{{baseUrl}}/2/users/me"},
                 "expect": [{"status": 401}]}]}""");
        assertEquals(1, run("check", file.toString()));
        assertTrue(out.toString().contains("    ✗ No sandbox scenario named 'sunny'."), out.toString());
    }
}
