package dev.xinspect.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point of {@code xinspect.jar} and of the installed launcher: no arguments opens the window, a single
 * existing file (a desktop double-click on a {@code .har}) opens the window on it, anything else is a CLI command.
 * Kept apart from {@link XinspectApp} because the JDK launcher refuses to start a class that extends
 * {@code javafx.application.Application} from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || XinspectApp.isGuiFlag(arguments) || isFileToOpen(arguments)) {
            XinspectApp.launchWindow(args);
        } else {
            System.exit(CliMain.run(args));
        }
    }

    private static boolean isFileToOpen(List<String> arguments) {
        return arguments.size() == 1 && !arguments.get(0).startsWith("-") && !CliMain.isCommand(arguments.get(0))
                && Files.isRegularFile(Path.of(arguments.get(0)));
    }
}
