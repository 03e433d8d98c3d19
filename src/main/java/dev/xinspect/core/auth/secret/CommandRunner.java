package dev.xinspect.core.auth.secret;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Runs a keychain's command-line tool. The stores hand secrets over on standard input only, never in
 * {@code command}, which other users can read in the process list. Tests substitute a fake.
 */
interface CommandRunner {
    /**
     * Runs {@code command}, writes {@code stdin} and closes it, and waits at most {@code timeout}.
     *
     * @throws IOException      the program could not be started (not installed, not executable)
     * @throws TimeoutException it did not finish in time; it has been killed
     */
    CommandResult run(List<String> command, byte[] stdin, Duration timeout) throws IOException, TimeoutException;

    /** What a finished command left: its exit code and everything it wrote. */
    record CommandResult(int exitCode, byte[] stdout, byte[] stderr) {
        String stdoutText() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }

        String stderrText() {
            return new String(stderr, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
