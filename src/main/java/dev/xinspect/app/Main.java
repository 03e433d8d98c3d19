package dev.xinspect.app;

/**
 * The one entry point of {@code xinspect.jar} and of the installed launcher: no arguments opens the window,
 * any argument is a CLI command. Kept apart from {@link XinspectApp} because the JDK launcher refuses to start
 * a class that extends {@code javafx.application.Application} from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || isGuiOnlyFlag(args)) {
            XinspectApp.launchWindow(args);
        } else {
            System.exit(CliMain.run(args));
        }
    }

    private static boolean isGuiOnlyFlag(String[] args) {
        return args.length == 1 && args[0].startsWith("--bench-");
    }
}
