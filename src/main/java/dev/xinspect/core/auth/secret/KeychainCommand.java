package dev.xinspect.core.auth.secret;

import dev.xinspect.core.auth.secret.CommandRunner.CommandResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * One keychain command-line tool ({@code secret-tool}, {@code security}) as the stores call it: every call has the
 * same time limit, and every failure becomes a {@link SecretStoreException} whose message names the tool, the action
 * and the tool's last line of stderr with the secret cut out, never standard output (which may hold a secret).
 */
final class KeychainCommand {
    private static final int MAX_DETAIL = 200;

    private final CommandRunner runner;
    private final String program;
    private final String keychainName;
    private final Duration timeout;

    KeychainCommand(CommandRunner runner, String program, String keychainName, Duration timeout) {
        this.runner = runner;
        this.program = program;
        this.keychainName = keychainName;
        this.timeout = timeout;
    }

    /** Runs {@code program args…}; {@code secrets} are only used to keep them out of an error message. */
    CommandResult run(String action, List<String> args, byte[] stdin, String... secrets) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(program);
        command.addAll(args);
        try {
            return runner.run(command, stdin, timeout);
        } catch (TimeoutException e) {
            throw new SecretStoreException(keychainName + " did not answer within " + timeout.toSeconds() + " s ("
                    + action + "); a locked keyring may be waiting for its password", null);
        } catch (IOException e) {
            throw new SecretStoreException(program + " could not be run to " + action + " (" + scrub(e.getMessage(), secrets) + ")", null);
        }
    }

    SecretStoreException failure(String action, CommandResult result, String... secrets) {
        String detail = shorten(scrub(lastLine(result.stderrText()), secrets));
        return new SecretStoreException(keychainName + " could not " + action + " (" + program + " exit " + result.exitCode()
                + (detail.isEmpty() ? "" : ": " + detail) + ")", null);
    }

    static boolean isBlank(byte[] output) {
        return new String(output, java.nio.charset.StandardCharsets.UTF_8).isBlank();
    }

    private static String lastLine(String stderr) {
        String[] lines = stderr.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            // secret-tool search lists item attributes on stderr; the error, if any, is another line.
            if (!lines[i].isBlank() && !lines[i].startsWith("attribute.")) {
                return lines[i].strip();
            }
        }
        return "";
    }

    private static String shorten(String line) {
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
    }

    private static String scrub(String text, String... secrets) {
        String scrubbed = text == null ? "" : text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                scrubbed = scrubbed.replace(secret, "[secret]");
            }
        }
        return scrubbed;
    }
}
