package dev.xinspect.app;

import dev.xinspect.ui.view.FirstFrame;
import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --bench-startup}: prints the milliseconds from JVM start to the first painted frame of the window, then
 * exits. The first pulse after the scene's first layout is the first frame the user sees.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void reportFirstFrame(Scene scene) {
        onFirstFrame(scene, millis -> {
            System.out.println("first-frame-ms " + millis);
            Platform.exit();
        });
    }

    /** Calls {@code then} on the FX thread, once the first frame is painted, with the milliseconds since JVM start. */
    static void onFirstFrame(Scene scene, LongConsumer then) {
        FirstFrame.whenLaidOut(scene, () -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // The next pulse has rendered the frame laid out in this one.
            Platform.runLater(() -> then.accept(millis));
        });
    }
}
