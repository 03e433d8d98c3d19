package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The icons are decoded off the FX thread, yet the window ends up with all five sizes, each decoded whole. */
@ExtendWith(ApplicationExtension.class)
class WindowIconsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowIcons.setWhenDecoded(stage);
    }

    @Test
    void theWindowGetsEveryIconSize(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 5);

        List<Image> icons = stage.getIcons();
        assertEquals(List.of(16.0, 32.0, 64.0, 128.0, 256.0), icons.stream().map(Image::getWidth).toList());
        assertEquals(List.of(false, false, false, false, false), icons.stream().map(Image::isError).toList());
    }
}
