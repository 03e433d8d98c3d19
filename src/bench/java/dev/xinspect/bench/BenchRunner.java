package dev.xinspect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./mvnw -Pbench verify} (add {@code -Dbench.quick} for a short run): every figure of the benchmarks issue,
 * each against its baseline from the same run, printed as a table and written to {@code target/bench/results.md}.
 * Window figures need a display or {@code xvfb-run}; without either they are skipped with a line saying so.
 */
public final class BenchRunner {
    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("bench.basedir", ".")).toAbsolutePath();
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false").isBlank() ? "true"
                : System.getProperty("bench.quick"));
        String version = System.getProperty("bench.version", "0.0.0");
        Path out = basedir.resolve("target/bench");
        Files.createDirectories(out);
        Path log = out.resolve("bench.log");
        Files.writeString(log, "");
        Commands commands = Commands.in(basedir, log);
        List<String> notes = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Instant started = Instant.now();

        say("generating the 10 MB and 100 MB responses in target/bench");
        BenchData.Fixture ten = BenchData.files(out, 10);
        BenchData.Fixture hundred = BenchData.files(out, 100);
        if (!Files.isRegularFile(basedir.resolve("target/xinspect.jar"))) {
            throw new IOException("target/xinspect.jar is missing: run ./mvnw -Pbench verify (it packages first)");
        }

        // -Dbench.only=window|stream|core runs one group (while working on it); the table then has only its rows.
        String only = System.getProperty("bench.only", "");
        if (!only.isEmpty() && !only.equals("window")) {
            notes.add("Only the " + only + " figures were run (-Dbench.only=" + only + ").");
        } else if (commands.hasDisplay()) {
            figures.addAll(new WindowFigures(commands, basedir, version, quick, ten, hundred, BenchRunner::say).all());
        } else {
            String why = "no display and no xvfb-run (apt-get install -y xvfb libgtk-3-0)";
            notes.add("Window figures skipped: " + why + ".");
            say("skipping the window figures: " + why);
            figures.add(Figure.skipped("Start-up, memory, large JSON, pulse, 100 MB body", why));
        }
        if (only.isEmpty() || only.equals("stream")) {
            say("streaming: our consumer vs curl -N on the sandbox's stream at full speed");
            figures.addAll(new StreamFigures(commands, quick).all());
        }
        if (only.isEmpty() || only.equals("core")) {
            say("core: JMH (pretty-print, diagnosis, OAuth 1.0a, redaction)");
            figures.addAll(new CoreFigures(quick).all());
        }

        String table = table(figures);
        String report = "# xinspect benchmarks\n\n" + machine(commands, quick, started) + "\n\n" + table
                + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes) + "\n");
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("bench.readme")) {
            fillReadme(basedir.resolve("README.md"), machine(commands, quick, started) + "\n\n" + table);
        }
        System.out.println();
        System.out.println(report);
        long met = figures.stream().filter(f -> f.result().equals("pass")).count();
        long missed = figures.stream().filter(f -> f.result().equals("MISS")).count();
        System.out.println(met + " targets met, " + missed + " missed (README \"Benchmarks\" explains each miss); "
                + "written to target/bench/results.md, child output in target/bench/bench.log");
    }

    /**
     * {@code -Dbench.readme=true}: puts this run's machine line and table into README.md between its two
     * {@code bench-table} markers (section "Benchmarks", "Results"), so the README's table is always one run's output.
     */
    static void fillReadme(Path readme, String results) throws IOException {
        String start = "<!-- bench-table:start -->\n";
        String end = "<!-- bench-table:end -->";
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException("README.md has no bench-table markers");
        }
        Files.writeString(readme, text.substring(0, from + start.length()) + results + text.substring(to),
                StandardCharsets.UTF_8);
        say("README.md: the table between the bench-table markers is this run's");
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
    }

    static String table(List<Figure> figures) {
        StringBuilder out = new StringBuilder("| figure | ours (median) | baseline (median) | ratio | target | result |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            out.append("| ").append(String.join(" | ", f.name(), f.ours(), f.baseline(), f.ratio(), f.target(), f.result()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String machine(Commands commands, boolean quick, Instant started) {
        String memory = "?";
        String cpu = "?";
        String load = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GB").findFirst().orElse("?");
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            // not Linux: the JDK line still says what ran
        }
        return String.format(Locale.ROOT, "%s run of %s; %d cores (%s), %s RAM, %s %s (%s), %s %s, display: %s; "
                        + "load average %s when the table was written (other work on the machine shares its cores).",
                quick ? "Quick" : "Full", started.truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                cpu, memory, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                commands.displayName(), load);
    }
}
