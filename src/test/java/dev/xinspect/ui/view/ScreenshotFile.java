package dev.xinspect.ui.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** PNG pictures of the window for the README: written only when a run asks, with -Dxinspect.screenshots=FOLDER. */
final class ScreenshotFile {
    private ScreenshotFile() {
    }

    /** Writes the window holding the node {@code selector} finds as {@code FOLDER/name} when the run asks for pictures. */
    static void writeIfAsked(FxRobot robot, String selector, String name) {
        String folder = System.getProperty("xinspect.screenshots");
        if (folder != null) {
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = robot.lookup(selector).query().getScene().getRoot().snapshot(null, null));
            write(image[0], Path.of(folder, name));
        }
    }

    static void write(WritableImage image, Path png) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(png.getParent());
            ImageIO.write(out, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
