package dev.xinspect.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The start-up and memory baseline: a bare JavaFX window with one RichTextFX code area, the same size as the app's,
 * measured the same way ({@code first-frame-ms}: JVM start to the first painted frame). With {@code --rss} it waits
 * two seconds after the first frame and prints its resident memory instead, as {@code --bench-memory} does.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (the JDK launcher will not start an {@code Application} from the class path directly). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            CodeArea area = new CodeArea("{\n  \"data\": []\n}");
            Scene scene = new Scene(new VirtualizedScrollPane<>(area), 1280, 820);
            boolean rss = getParameters().getRaw().contains("--rss");
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                Platform.runLater(() -> {
                    if (rss) {
                        afterTwoSeconds(() -> finish("rss-mb start " + resident("VmRSS") + " start-anon " + resident("RssAnon")
                                + " start-file " + resident("RssFile")));
                    } else {
                        finish("first-frame-ms " + millis);
                    }
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setTitle("bare");
            stage.setScene(scene);
            stage.show();
        }

        private static void afterTwoSeconds(Runnable then) {
            long at = System.nanoTime() + 2_000_000_000L;
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (System.nanoTime() >= at) {
                        stop();
                        then.run();
                    }
                }
            }.start();
        }

        private static void finish(String line) {
            System.out.println(line);
            Platform.exit();
        }

        private static long resident(String field) {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
            } catch (IOException e) {
                return -1;
            }
        }
    }
}
