package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xinspect.core.auth.secret.CommandRunner.CommandResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChildProcessRunnerTest {
    private final ChildProcessRunner runner = new ChildProcessRunner(Map.of("XINSPECT_TEST_VARIABLE", "from-the-runner"));

    @BeforeAll
    static void needsAPosixShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "these tests drive /bin/sh");
    }

    @Test
    void stdinReachesTheProgramAndBothOutputsAndTheExitCodeComeBack() throws Exception {
        CommandResult result = runner.run(List.of("/bin/sh", "-c", "cat; echo oops >&2; echo \"$XINSPECT_TEST_VARIABLE\"; exit 3"),
                "secret\nline".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10));
        assertEquals(3, result.exitCode());
        assertEquals("secret\nlinefrom-the-runner\n", result.stdoutText());
        assertEquals("oops\n", result.stderrText());
    }

    @Test
    void aLargeInputAndOutputDoNotDeadlock() throws Exception {
        byte[] big = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
        CommandResult result = runner.run(List.of("/bin/sh", "-c", "cat; cat /dev/null >&2"), big, Duration.ofSeconds(20));
        assertEquals(big.length, result.stdout().length);
    }

    @Test
    void aProgramThatDoesNotFinishIsKilledAtTheLimit() throws Exception {
        long start = System.nanoTime();
        Path marker = Files.createTempFile("runner", ".pid");
        assertThrows(TimeoutException.class, () -> runner.run(List.of("/bin/sh", "-c", "echo $$ > " + marker + "; exec sleep 30"),
                new byte[0], Duration.ofMillis(500)));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "returned at the limit, not after the sleep");
        long pid = Long.parseLong(Files.readString(marker).strip());
        Optional<ProcessHandle> child = ProcessHandle.of(pid);
        if (child.isPresent()) {
            child.get().onExit().get(5, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child was killed");
        Files.delete(marker);
    }

    @Test
    void aProgramThatIsNotInstalledIsAnIoException() {
        IOException e = assertThrows(IOException.class, () -> runner.run(List.of("xinspect-no-such-program"), new byte[0],
                Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("xinspect-no-such-program"), e.getMessage());
    }
}
