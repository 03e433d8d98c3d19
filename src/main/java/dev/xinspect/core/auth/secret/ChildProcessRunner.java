package dev.xinspect.core.auth.secret;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a command as a child process with a hard time limit. Standard input is written and standard output and error
 * are read on their own virtual threads, so a program that stops reading or writes a lot cannot stall the caller
 * past the limit; at the limit the process and its children are killed.
 */
final class ChildProcessRunner implements CommandRunner {
    private final Map<String, String> environment;

    /** @param environment variables to set for the child on top of this process's (a test's private D-Bus, say) */
    ChildProcessRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public CommandResult run(List<String> command, byte[] stdin, Duration timeout) throws IOException, TimeoutException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            CompletableFuture<byte[]> out = readAll(process.getInputStream());
            CompletableFuture<byte[]> err = readAll(process.getErrorStream());
            Thread.ofVirtual().start(() -> {
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin);
                } catch (IOException e) {
                    // The program exited without reading all of it; its exit code and stderr say why.
                }
            });
            if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException(command.get(0) + " did not finish within " + timeout.toMillis() + " ms");
            }
            // A grandchild could hold the pipes open after the child exits; the deadline covers that too.
            return new CommandResult(process.exitValue(), out.get(remaining(deadline), TimeUnit.NANOSECONDS),
                    err.get(remaining(deadline), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted");
        } catch (ExecutionException e) {
            throw new IOException("Could not read the output of " + command.get(0));
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static CompletableFuture<byte[]> readAll(InputStream stream) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (stream) {
                result.complete(stream.readAllBytes());
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            }
        });
        return result;
    }
}
