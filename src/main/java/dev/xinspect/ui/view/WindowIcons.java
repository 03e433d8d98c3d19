package dev.xinspect.ui.view;

import java.util.List;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The main window's icon in five sizes, decoded on a thread of its own and set when ready: decoding the PNGs on the
 * FX thread held up the first frame, and the title bar and task bar show the icon a moment later either way.
 */
final class WindowIcons {
    private static final int[] SIZES = {16, 32, 64, 128, 256};

    private WindowIcons() {
    }

    static void setWhenDecoded(Stage stage) {
        Thread.ofPlatform().daemon().name("xinspect-icons").start(() -> {
            List<Image> icons = IntStream.of(SIZES).mapToObj(WindowIcons::decode).toList();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }

    private static Image decode(int size) {
        return new Image(WindowIcons.class.getResource("/dev/xinspect/ui/icons/xinspect-" + size + ".png").toExternalForm());
    }
}
