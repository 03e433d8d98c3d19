package dev.xinspect.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs the app in a measuring mode ({@code dev.xinspect.app.BenchApp}, src/bench): the shipped app
 * keeps no measuring modes but {@code --bench-startup}, so the bench adds its own jar at the end of the app's class
 * path. Packaged, that is the app-image's runtime with its launcher's options and class path (read from
 * {@code lib/app/xinspect.cfg}); the class cache still maps, as CDS and the AOT cache accept entries appended to the
 * class path they were trained with. Else {@code java -cp target/xinspect.jar…}, as {@code java -jar} runs.
 */
final class MeasuredApp {
    private static final String MAIN = "dev.xinspect.app.BenchApp";

    private final List<String> prefix;

    private MeasuredApp(List<String> prefix) {
        this.prefix = prefix;
    }

    /** @param launcher the app-image's {@code bin/xinspect}, or null to run from target/xinspect.jar */
    static MeasuredApp of(Path basedir, Path launcher) throws IOException {
        Path benchJar = StartupFigures.jarOf(basedir, "bench-app.jar", "dev/xinspect/app", "Bench");
        if (launcher == null) {
            List<String> command = new ArrayList<>(StartupFigures.jar(List.of()));
            command.subList(command.size() - 2, command.size()).clear(); // "-jar target/xinspect.jar"
            command.addAll(List.of("-cp", String.join(File.pathSeparator, basedir.resolve("target/xinspect.jar").toString(),
                    basedir.resolve("target/lib/*").toString(), benchJar.toString()), MAIN));
            return new MeasuredApp(command);
        }
        Path image = launcher.getParent().getParent();
        Path app = image.resolve("lib/app");
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve("xinspect.cfg"))) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString());
            if (line.startsWith("java-options=")) {
                options.add(value);
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            }
        }
        classPath.add(benchJar.toString());
        List<String> command = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), MAIN));
        return new MeasuredApp(command);
    }

    /** The app in the measuring mode {@code args} ({@code --bench-open FILE}, …). */
    List<String> command(String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(args));
        return command;
    }
}
