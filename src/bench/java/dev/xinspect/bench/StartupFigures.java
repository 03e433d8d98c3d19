package dev.xinspect.bench;

import dev.xinspect.bench.Figure.Goal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * JVM start to the first painted frame, every way the app starts, next to the bare window in the same run (the
 * variants take turns, so a noisy neighbour hits each alike): {@code java -jar} without a class cache, with a
 * dynamic CDS archive made on the first run and with a JDK 25 AOT cache made by a first run, {@code ./mvnw javafx:run}, and the packaged app-image with its JDK 25 AOT cache and
 * with AppCDS (a second launcher of the same image, {@code bin/xinspect-appcds}); the bare window runs plain and
 * with an AOT cache of its own, trained the same way.
 */
final class StartupFigures {
    private final Commands commands;
    private final Path basedir;
    private final int runs;
    private final Path launcher;
    private final Consumer<String> progress;

    StartupFigures(Commands commands, Path basedir, boolean quick, Path launcher, Consumer<String> progress) {
        this.commands = commands;
        this.basedir = basedir;
        this.runs = quick ? 3 : 7;
        this.launcher = launcher;
        this.progress = progress;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -jar target/xinspect.jar}, as the README runs it, with {@code options} before {@code -jar}. */
    static List<String> jar(List<String> options, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xss2m", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(options);
        command.addAll(List.of("-jar", "target/xinspect.jar"));
        command.addAll(List.of(args));
        return command;
    }

    List<Figure> all() throws IOException, InterruptedException {
        Path bareJar = bareJar(basedir);
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("bare", bare(basedir, bareJar, List.of()));
        variants.put("jar", jar(List.of(), "--bench-startup"));
        Path jarArchive = basedir.resolve("target/bench/xinspect-jar.jsa");
        Files.deleteIfExists(jarArchive);
        // README "Start-up": the archive is written at the first exit and mapped from the second start on.
        variants.put("jar+cds", jar(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + jarArchive),
                "--bench-startup"));
        // README "Start-up": with JDK 25, an AOT cache written by a first run (-XX:AOTCacheOutput), then mapped.
        Path jarAot = basedir.resolve("target/bench/xinspect-jar.aot");
        Files.deleteIfExists(jarAot);
        progress.accept("training java -jar's AOT cache (-XX:AOTCacheOutput)");
        commands.window(jar(List.of("-XX:AOTCacheOutput=" + jarAot), "--bench-startup"));
        variants.put("jar+aot", jar(List.of("-XX:AOTCache=" + jarAot), "--bench-startup"));
        variants.put("javafx:run", List.of(basedir.resolve("mvnw").toString(), "-o", "-q", "javafx:run",
                "-Djavafx.args=--bench-startup"));
        if (launcher != null) {
            Path bareAot = basedir.resolve("target/bench/bare.aot");
            Files.deleteIfExists(bareAot);
            progress.accept("training the bare window's AOT cache (-XX:AOTCacheOutput)");
            commands.window(bare(basedir, bareJar, List.of("-XX:AOTCacheOutput=" + bareAot)));
            variants.put("bare+aot", bare(basedir, bareJar, List.of("-XX:AOTCache=" + bareAot)));
            variants.put("packaged", List.of(launcher.toString(), "--bench-startup"));
            Path appcds = launcher.resolveSibling("xinspect-appcds");
            if (Files.isExecutable(appcds)) {
                variants.put("packaged+appcds", List.of(appcds.toString(), "--bench-startup"));
            }
        }
        progress.accept("start-up: " + String.join(", ", variants.keySet()) + " (" + runs + " rounds)");
        for (List<String> command : variants.values()) {
            commands.window(command); // warms the OS's file cache, and makes the first-run archive
        }
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                millis.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
                        .add(Commands.required(commands.window(variant.getValue()), "first-frame-ms"));
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        millis.forEach((name, values) -> median.put(name, Figure.median(values)));
        return figures(median);
    }

    private static List<Figure> figures(Map<String, Double> median) {
        double bare = median.get("bare");
        String baseline = Figure.number(bare) + " ms (bare JavaFX + CodeArea)";
        List<Figure> figures = new ArrayList<>();
        double plain = median.get("jar");
        figures.add(Figure.of("Start-up: java -jar, no archive (baseline of the row below)", Figure.number(plain) + " ms",
                baseline, Figure.times(plain / bare), Goal.NONE, 0, 0, "— (reported)"));
        double cds = median.get("jar+cds");
        figures.add(Figure.of("Start-up: java -jar with the dynamic CDS archive made on the first run (JDK 19+)",
                Figure.number(cds) + " ms", baseline, Figure.times(cds / bare), Goal.NONE, 0, 0, "— (reported)"));
        double aot = median.get("jar+aot");
        figures.add(Figure.of("Start-up: java -jar with the AOT cache made by a first run (JDK 25)", Figure.number(aot) + " ms",
                baseline, Figure.times(aot / bare), Goal.AT_MOST, aot / bare, 1.5, "≤ 1.5×"));
        double run = median.get("javafx:run");
        figures.add(Figure.of("Start-up: ./mvnw javafx:run (JVM start to first frame; Maven's own start not counted)",
                Figure.number(run) + " ms", baseline, Figure.times(run / bare), Goal.AT_MOST, run / bare, 1.5, "≤ 1.5×"));
        if (median.containsKey("packaged")) {
            double packaged = median.get("packaged");
            double bareAot = median.get("bare+aot");
            figures.add(Figure.of("Start-up: packaged app-image (jlink + AOT cache trained at build time)",
                    Figure.number(packaged) + " ms", baseline, Figure.times(packaged / bare), Goal.AT_MOST, packaged / bare, 1.0,
                    "≤ 1.0×"));
            figures.add(Figure.of("Start-up: packaged app-image vs the bare window with an AOT cache of its own",
                    Figure.number(packaged) + " ms", Figure.number(bareAot) + " ms (bare + its AOT cache)",
                    Figure.times(packaged / bareAot), Goal.NONE, 0, 0, "— (reported)"));
            if (median.containsKey("packaged+appcds")) {
                double appcds = median.get("packaged+appcds");
                figures.add(Figure.of("Start-up: the same app-image with AppCDS instead (the cache it replaced)",
                        Figure.number(appcds) + " ms", baseline, Figure.times(appcds / bare), Goal.NONE, 0, 0, "— (reported)"));
            }
        } else {
            figures.add(Figure.skipped("Start-up: packaged app-image", "app-image not built (see log)"));
        }
        return figures;
    }

    /** The bare window, from a jar: CDS and the AOT cache refuse a class path with a non-empty directory on it. */
    static List<String> bare(Path basedir, Path bareJar, List<String> options, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(options);
        command.addAll(List.of("-cp", bareJar + java.io.File.pathSeparator + basedir.resolve("target/lib/*"),
                BareWindow.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** target/bench/bare.jar: the bare window's classes from target/test-classes. */
    static Path bareJar(Path basedir) throws IOException {
        return jarOf(basedir, "bare.jar", "dev/xinspect/bench", "BareWindow");
    }

    /**
     * target/bench/{@code name}: the classes of target/test-classes in {@code folder} whose names start with
     * {@code prefix}, in a jar (CDS and the AOT cache map classes from jars only).
     */
    static Path jarOf(Path basedir, String name, String folder, String prefix) throws IOException {
        Path jar = basedir.resolve("target/bench").resolve(name);
        Path classes = basedir.resolve("target/test-classes");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> all = Files.list(classes.resolve(folder))) {
            for (Path path : all.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
