package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The streaming console connects to the sandbox's sample stream and Posts arrive live. */
@ExtendWith(ApplicationExtension.class)
class StreamWindowTest {
    private UiWiring wiring;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine());
        InspectorViewModel inspector = wiring.inspector();
        new MainWindow(stage, inspector, url -> { }, List.of(), () -> {
            try {
                return wiring.streamConsole(inspector);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        stage.show();
    }

    @AfterEach
    void closeWiring() {
        wiring.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void connectingShowsPostsArrivingAndTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("#streamButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connectStream").tryQuery().isPresent());
        robot.clickOn("#connectStream");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#streamPosts").queryAs(ListView.class).getItems().size() >= 2);

        ListView<String> posts = robot.lookup("#streamPosts").queryAs(ListView.class);
        assertTrue(posts.getItems().get(0).startsWith("{\"data\":{\"id\":"));
        ListView<String> timeline = robot.lookup("#streamTimeline").queryAs(ListView.class);
        assertTrue(timeline.getItems().get(0).endsWith("UTC  connected"), timeline.getItems().toString());
        assertTrue(robot.lookup("#streamCounters").queryAs(Label.class).getText().contains("Posts"));
    }
}
