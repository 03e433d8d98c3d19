package dev.xinspect.bench;

import dev.xinspect.bench.Figure.Goal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole-app figures: each run is a fresh JVM of the app in a measuring mode ({@code --bench-*}, see
 * {@code dev.xinspect.app.BenchMode}) next to its baseline in the same run: the bare window ({@link BareWindow})
 * and {@code jq .}. Runs of ours and of the baseline alternate, so a noisy neighbour hits both.
 */
final class WindowFigures {
    private final Commands commands;
    private final Path basedir;
    private final String version;
    private final int runs;
    private final boolean quick;
    private final BenchData.Fixture ten;
    private final BenchData.Fixture hundred;
    private final Consumer<String> progress;
    private Path launcher;

    WindowFigures(Commands commands, Path basedir, String version, boolean quick, BenchData.Fixture ten,
                  BenchData.Fixture hundred, Consumer<String> progress) {
        this.commands = commands;
        this.basedir = basedir;
        this.version = version;
        this.quick = quick;
        this.runs = quick ? 3 : 7;
        this.ten = ten;
        this.hundred = hundred;
        this.progress = progress;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -jar target/xinspect.jar}, as the README runs it. */
    private List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xss2m", "--enable-native-access=ALL-UNNAMED",
                "-jar", "target/xinspect.jar"));
        command.addAll(List.of(args));
        return command;
    }

    /** The app as installed: the packaged launcher (its runtime, AppCDS archive and JVM options), else the jar. */
    private List<String> app(String... args) {
        if (launcher == null) {
            return jar(args);
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private List<String> bare(String... args) {
        String classpath = basedir.resolve("target/test-classes") + java.io.File.pathSeparator + basedir.resolve("target/lib/*");
        List<String> command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                BareWindow.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    List<Figure> all() throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        launcher = packagedLauncher();
        figures.add(startup("Start-up: JVM start to first frame (java -jar)", jar("--bench-startup")));
        figures.add(launcher == null ? Figure.skipped("Start-up: packaged app-image (jlink + AppCDS)", "app-image not built (see log)")
                : startup("Start-up: packaged app-image (jlink + AppCDS)", app("--bench-startup")));
        figures.addAll(memory());
        figures.addAll(largeJson());
        figures.addAll(pulses());
        figures.addAll(hugeBody());
        return figures;
    }

    private Figure startup(String name, List<String> ours) throws IOException, InterruptedException {
        progress.accept(name);
        commands.window(ours); // the first start warms the OS's file cache for both
        commands.window(bare());
        List<Double> app = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            app.add(Commands.required(commands.window(ours), "first-frame-ms"));
            baseline.add(Commands.required(commands.window(bare()), "first-frame-ms"));
        }
        double a = Figure.median(app);
        double b = Figure.median(baseline);
        return Figure.of(name, Figure.number(a) + " ms", Figure.number(b) + " ms (bare JavaFX + CodeArea)",
                Figure.times(a / b), Goal.AT_MOST, a / b, 1.5, "≤ 1.5×");
    }

    /** Builds the app-image (jlink, jpackage, AppCDS training) unless a quick run finds one already. */
    private Path packagedLauncher() throws InterruptedException {
        Path launcher = basedir.resolve("target/installer/xinspect/bin/xinspect");
        if (quick && Files.isExecutable(launcher)) {
            return launcher;
        }
        progress.accept("building the app-image (packaging/build-installer.sh " + version + " app-image)");
        try {
            commands.run(List.of("bash", "packaging/build-installer.sh", version, "app-image"), 600);
        } catch (IOException e) {
            progress.accept("the app-image could not be built: " + e.getMessage());
            return null;
        }
        return Files.isExecutable(launcher) ? launcher : null;
    }

    private List<Figure> memory() throws IOException, InterruptedException {
        progress.accept("memory: RSS after start, and after 1,000 history entries and a 10 MB response");
        int count = quick ? 1 : 3;
        List<Double> start = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String out = commands.window(app("--bench-memory", ten.capture().toString()));
            start.add(Commands.required(out, "start"));
            loaded.add(Commands.required(out, "loaded"));
            if (Commands.required(out, "history") < 1_000) {
                throw new IOException("the history did not reach 1,000 entries: " + out);
            }
            bare.add(Commands.required(commands.window(bare("--rss")), "start"));
        }
        double s = Figure.median(start);
        double l = Figure.median(loaded);
        double b = Figure.median(bare);
        return List.of(
                Figure.of("Memory: RSS after start", Figure.number(s) + " MB", Figure.number(b) + " MB (bare window)",
                        Figure.times(s / b), Goal.AT_MOST, s, 250, "≤ 250 MB"),
                Figure.of("Memory: RSS after 1,000 history entries + 10 MB response", Figure.number(l) + " MB", "—", "—",
                        Goal.AT_MOST, l, 400, "≤ 400 MB"));
    }

    private List<Figure> largeJson() throws IOException, InterruptedException {
        String name = "Large JSON: open 10 MB minified (parse, pretty-print, highlight, first paint)";
        progress.accept(name);
        boolean jq = Commands.onPath("jq");
        List<Double> ours = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        int count = quick ? 3 : 5;
        for (int i = 0; i < count; i++) {
            ours.add(Commands.required(commands.window(app("--bench-open", ten.capture().toString())), "open-ms"));
            if (jq) {
                baseline.add(commands.timed(List.of("jq", ".", ten.body().toString())));
            }
        }
        double o = Figure.median(ours);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(name, Figure.number(o) + " ms", "—", "—", Goal.AT_MOST, o, 1000, "≤ 1 s"));
        if (jq) {
            double b = Figure.median(baseline);
            figures.add(Figure.of("Large JSON: open 10 MB vs jq . on the same body", Figure.number(o) + " ms",
                    Figure.number(b) + " ms (jq .)", Figure.times(o / b), Goal.AT_MOST, o / b, 3, "≤ 3×"));
        } else {
            figures.add(Figure.skipped("Large JSON: open 10 MB vs jq .", "no jq (apt-get install -y jq)"));
        }
        return figures;
    }

    private List<Figure> pulses() throws IOException, InterruptedException {
        progress.accept("UI responsiveness: longest pulse gap (10 MB body opened and scrolled; stream at full speed)");
        int count = quick ? 1 : 3;
        List<Double> open = new ArrayList<>();
        List<Double> scroll = new ArrayList<>();
        List<Double> stream = new ArrayList<>();
        String counters = "";
        for (int i = 0; i < count; i++) {
            String out = commands.window(app("--bench-pulse", ten.capture().toString()));
            open.add(Commands.required(out, "open"));
            scroll.add(Commands.required(out, "scroll"));
            out = commands.window(app("--bench-pulse-stream"));
            stream.add(Commands.required(out, "stream"));
            counters = out.substring(out.indexOf("counters") + "counters".length()).strip();
        }
        double o = Figure.median(open);
        double s = Figure.median(scroll);
        double st = Figure.median(stream);
        return List.of(
                Figure.of("Pulse: longest gap while a 10 MB body is opened and highlighted", Figure.number(o) + " ms", "—",
                        "—", Goal.AT_MOST, o, 100, "≤ 100 ms"),
                Figure.of("Pulse: longest gap while the 10 MB body is scrolled (5 s)", Figure.number(s) + " ms", "—", "—",
                        Goal.AT_MOST, s, 100, "≤ 100 ms"),
                Figure.of("Pulse: longest gap while the stream console runs at full speed (5 s; " + counters + ")",
                        Figure.number(st) + " ms", "—", "—", Goal.AT_MOST, st, 100, "≤ 100 ms"));
    }

    private List<Figure> hugeBody() throws IOException, InterruptedException {
        progress.accept("100 MB body: heap retained behind the gate, longest pulse gap while it opens");
        int count = quick ? 1 : 3;
        List<Double> ratios = new ArrayList<>();
        List<Double> heaps = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        for (int i = 0; i < count; i++) { // medians, as every other figure: one run on a shared machine is noise
            String out = commands.window(app("--bench-heap", hundred.capture().toString()));
            ratios.add(Commands.required(out, "ratio"));
            heaps.add(Commands.required(out, "heap-mb"));
            gaps.add(Commands.required(out, "pulse-max-gap-ms"));
        }
        double ratio = Figure.median(ratios);
        double heap = Figure.median(heaps);
        double gap = Figure.median(gaps);
        return List.of(
                Figure.of("100 MB body: heap retained / body size (gated)", Figure.number(heap) + " MB", "—",
                        Figure.times(ratio), Goal.AT_MOST, ratio, 3, "≤ 3×"),
                Figure.of("100 MB body: longest pulse gap while it opens", Figure.number(gap) + " ms", "—", "—",
                        Goal.AT_MOST, gap, 100, "≤ 100 ms"));
    }
}
