package dev.xinspect.app;

import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The app with the benchmarks' measuring hooks ({@link BenchMode}): the same window as {@link XinspectApp}, opened the
 * same way, run from the bench's own jar next to the app's class path (README "Benchmarks"). It lives in the app's
 * package, under src/bench, so the shipped jar carries none of it.
 */
public final class BenchApp {
    private BenchApp() {
    }

    /** {@code --bench-open FILE}, {@code --bench-memory FILE}, {@code --bench-pulse-stream}, … (see {@link BenchMode}). */
    public static void main(String[] args) {
        if (BenchMode.parse(java.util.List.of(args)).isEmpty()) {
            throw new IllegalArgumentException("not a measuring mode: " + String.join(" ", args));
        }
        CoreWarmUp.start();
        Application.launch(Window.class, args);
    }

    /** The window in a measuring mode (the JDK launcher will not start an {@code Application} from the class path). */
    public static final class Window extends Application {
        private UiWiring wiring;

        @Override
        public void start(Stage stage) {
            BenchMode mode = BenchMode.parse(getParameters().getRaw()).orElseThrow();
            XinspectApp.Opened opened = XinspectApp.open(stage, mode.sandboxOptions(), Optional.empty(), url -> { });
            wiring = opened.wiring();
            mode.start(opened.window().scene(), wiring, opened.inspector());
            stage.show();
        }

        @Override
        public void stop() {
            if (wiring != null) {
                wiring.close();
            }
        }
    }
}
