package dev.xinspect.bench;

import dev.xinspect.bench.Figure.Goal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole-app figures: each run is a fresh JVM of the app in a measuring mode ({@code --bench-*}, see
 * {@code dev.xinspect.app.BenchMode} in src/bench, started through {@link MeasuredApp}) next to its baseline in the same run: the bare window ({@link BareWindow})
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
    private MeasuredApp measured;
    private Path bareJar;

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

    /** The app as installed (the packaged runtime, its class cache and options), else the jar, in a measuring mode. */
    private List<String> app(String... args) {
        return measured.command(args);
    }

    private List<String> bare(String... args) throws IOException {
        if (bareJar == null) {
            bareJar = StartupFigures.bareJar(basedir);
        }
        return StartupFigures.bare(basedir, bareJar, List.of(), args);
    }

    List<Figure> all() throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        launcher = packagedLauncher();
        measured = MeasuredApp.of(basedir, launcher);
        figures.addAll(new StartupFigures(commands, basedir, quick, launcher, progress).all());
        figures.addAll(memory());
        figures.addAll(largeJson());
        figures.addAll(pulses());
        figures.addAll(hugeBody());
        figures.addAll(search());
        return figures;
    }

    /** Builds the app-image (jlink, jpackage, AppCDS training) unless a quick run finds one already. */
    private Path packagedLauncher() throws InterruptedException {
        Path launcher = basedir.resolve("target/installer/xinspect/bin/xinspect");
        if (quick && Files.isExecutable(launcher) && Files.isExecutable(launcher.resolveSibling("xinspect-appcds"))) {
            return launcher;
        }
        progress.accept("building the app-image (packaging/build-installer.sh " + version + " app-image)");
        try {
            // The AOT cache the app ships with, and bin/xinspect-appcds with AppCDS instead, to compare the two.
            commands.run(List.of("bash", "packaging/build-installer.sh", version, "app-image"), 600,
                    java.util.Map.of("XINSPECT_APPCDS_LAUNCHER", "1"));
        } catch (IOException e) {
            progress.accept("the app-image could not be built: " + e.getMessage());
            return null;
        }
        return Files.isExecutable(launcher) ? launcher : null;
    }

    private List<Figure> memory() throws IOException, InterruptedException {
        progress.accept("memory: RSS after start, and after 1,000 history entries and a 10 MB response");
        int count = quick ? 1 : 3;
        Map<String, List<Double>> ours = new HashMap<>();
        Map<String, List<Double>> bare = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String out = commands.window(app("--bench-memory", ten.capture().toString()));
            for (String key : List.of("start", "start-anon", "start-file", "loaded", "loaded-anon", "loaded-file")) {
                ours.computeIfAbsent(key, k -> new ArrayList<>()).add(Commands.required(out, key));
            }
            if (Commands.required(out, "history") < 1_000) {
                throw new IOException("the history did not reach 1,000 entries: " + out);
            }
            String baseline = commands.window(bare("--rss"));
            for (String key : List.of("start", "start-anon", "start-file")) {
                bare.computeIfAbsent(key, k -> new ArrayList<>()).add(Commands.required(baseline, key));
            }
        }
        double s = Figure.median(ours.get("start"));
        double l = Figure.median(ours.get("loaded"));
        double b = Figure.median(bare.get("start"));
        return List.of(
                Figure.of("Memory: RSS after start", megabytes(ours, "start"), megabytes(bare, "start") + " (bare window)",
                        Figure.times(s / b), Goal.AT_MOST, s, 250, "≤ 250 MB"),
                Figure.of("Memory: RSS after 1,000 history entries + 10 MB response", megabytes(ours, "loaded"), "—", "—",
                        Goal.AT_MOST, l, 350, "≤ 350 MB"));
    }

    /** "300 MB (anon 210 + file 88)": the medians of VmRSS and of its anonymous and file-backed parts. */
    private static String megabytes(Map<String, List<Double>> values, String when) {
        return Figure.number(Figure.median(values.get(when))) + " MB (anon " + Figure.number(Figure.median(values.get(when + "-anon")))
                + " + file " + Figure.number(Figure.median(values.get(when + "-file"))) + ")";
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
                    Figure.number(b) + " ms (jq .)", Figure.times(o / b), Goal.AT_MOST, o / b, 2, "≤ 2×"));
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
        List<Double> raw = new ArrayList<>();
        List<Double> stream = new ArrayList<>();
        String counters = "";
        for (int i = 0; i < count; i++) {
            String out = commands.window(app("--bench-pulse", ten.capture().toString()));
            open.add(Commands.required(out, "open"));
            scroll.add(Commands.required(out, "scroll"));
            raw.add(Commands.required(out, "raw"));
            out = commands.window(app("--bench-pulse-stream"));
            stream.add(Commands.required(out, "stream"));
            counters = out.substring(out.indexOf("counters") + "counters".length()).strip();
        }
        return List.of(
                gapFigure("Pulse: longest gap while a 10 MB body is opened and highlighted", open),
                gapFigure("Pulse: longest gap while the 10 MB body is scrolled (5 s)", scroll),
                gapFigure("Pulse: longest gap while the 10 MB body changes to the Raw tab until its rows are painted", raw),
                gapFigure("Pulse: longest gap while the stream console runs at full speed (5 s; " + counters + ")", stream));
    }

    private List<Figure> hugeBody() throws IOException, InterruptedException {
        progress.accept("100 MB body: heap retained behind the gate, longest pulse gap while it opens, is shown, scrolled and Raw");
        int count = quick ? 1 : 3;
        List<Double> ratios = new ArrayList<>();
        List<Double> heaps = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> scrolled = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) { // medians, as every other figure: one run on a shared machine is noise
            String out = commands.window(app("--bench-heap", hundred.capture().toString()));
            ratios.add(Commands.required(out, "ratio"));
            heaps.add(Commands.required(out, "heap-mb"));
            gaps.add(Commands.required(out, "pulse-max-gap-ms"));
            out = commands.window(app("--bench-pulse", hundred.capture().toString())); // shown past its gate
            shown.add(Commands.required(out, "open"));
            scrolled.add(Commands.required(out, "scroll"));
            raw.add(Commands.required(out, "raw"));
        }
        double ratio = Figure.median(ratios);
        double heap = Figure.median(heaps);
        double gap = Figure.median(gaps);
        return List.of(
                Figure.of("100 MB body: heap retained / body size (gated)", Figure.number(heap) + " MB", "—",
                        Figure.times(ratio), Goal.AT_MOST, ratio, 3, "≤ 3×"),
                Figure.of("100 MB body: longest pulse gap while it opens", Figure.number(gap) + " ms", "—", "—",
                        Goal.AT_MOST, gap, 100, "≤ 100 ms"),
                gapFigure("100 MB body: longest pulse gap while it is shown anyway, formatted and highlighted", shown),
                gapFigure("100 MB body: longest pulse gap while it is scrolled (5 s)", scrolled),
                gapFigure("100 MB body: longest pulse gap while it changes to the Raw tab until its rows are painted", raw));
    }

    /** A row of the longest pulse gap's median, against the 100 ms target. */
    private static Figure gapFigure(String name, List<Double> gaps) {
        double median = Figure.median(gaps);
        return Figure.of(name, Figure.number(median) + " ms", "—", "—", Goal.AT_MOST, median, 100, "≤ 100 ms");
    }

    private List<Figure> search() throws IOException, InterruptedException {
        progress.accept("search in the 100 MB body: typed a key every 100 ms, then next ten times");
        int count = quick ? 1 : 3;
        List<Double> millis = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        String matches = "";
        for (int i = 0; i < count; i++) {
            String out = commands.window(app("--bench-search", hundred.capture().toString()));
            millis.add(Commands.required(out, "search-ms"));
            gaps.add(Commands.required(out, "pulse-max-gap-ms"));
            matches = Figure.number(Commands.required(out, "matches"));
        }
        double m = Figure.median(millis);
        double g = Figure.median(gaps);
        return List.of(
                Figure.of("Search: 100 MB body, last key typed to the match count (" + matches + " matches)",
                        Figure.number(m) + " ms", "—", "—", Goal.NONE, 0, 0, "— (reported)"),
                Figure.of("Search: 100 MB body, longest pulse gap while typing and stepping through matches",
                        Figure.number(g) + " ms", "—", "—", Goal.AT_MOST, g, 100, "≤ 100 ms"));
    }
}
