package dev.xinspect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the child processes of the benchmarks (the app in a measuring mode, the bare window, {@code jq}, {@code curl})
 * and reads the one line each prints. Windows open on the display, or under {@code xvfb-run} when there is none.
 */
final class Commands {
    private final Path basedir;
    private final Path log;
    private final List<String> display;

    private Commands(Path basedir, Path log, List<String> display) {
        this.basedir = basedir;
        this.log = log;
        this.display = display;
    }

    static Commands in(Path basedir, Path log) {
        List<String> display = null;
        if (System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()) {
            display = List.of();
        } else if (onPath("xvfb-run")) {
            display = List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24");
        }
        return new Commands(basedir, log, display);
    }

    /** Whether windows can open (a display, or xvfb-run to make one). */
    boolean hasDisplay() {
        return display != null;
    }

    String displayName() {
        return display == null ? "none" : display.isEmpty() ? "DISPLAY=" + System.getenv("DISPLAY") : "Xvfb (xvfb-run)";
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** The command's output; throws if it fails or runs past {@code seconds}. */
    String run(List<String> command, long seconds) throws IOException, InterruptedException {
        return run(command, seconds, java.util.Map.of());
    }

    /** As {@link #run(List, long)}, with {@code environment} added to the child's. */
    String run(List<String> command, long seconds, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = builder(command);
        builder.environment().putAll(environment);
        Process process = builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        String text = new String(out, StandardCharsets.UTF_8);
        Files.writeString(log, "$ " + String.join(" ", command) + "\n" + text, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + ": " + String.join(" ", command));
        }
        return text;
    }

    /** Runs a window command on the display and returns its output. */
    String window(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(display);
        full.addAll(command);
        return run(full, 420);
    }

    /** Wall-clock milliseconds of a command, its output thrown away. */
    double timed(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = builder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("failed: " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The app's settings and secrets live in target/bench, never in the user's own config folder. */
    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(basedir.toFile());
        builder.environment().put("XDG_CONFIG_HOME", basedir.resolve("target/bench/config").toString());
        return builder;
    }

    /** The number after {@code key} in {@code output} ("open-ms 812" gives 812 for "open-ms"). */
    static Optional<Double> value(String output, String key) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + Pattern.quote(key) + " (-?[0-9.]+)").matcher(output);
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }

    static double required(String output, String key) throws IOException {
        return value(output, key).orElseThrow(() -> new IOException("no \"" + key + "\" in: " + output.strip()));
    }
}
