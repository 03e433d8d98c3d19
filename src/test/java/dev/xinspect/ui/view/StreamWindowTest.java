package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.core.stream.StreamRule;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The streaming console on the sandbox: Posts arrive live, a rule added in the editor is listed, "Open as stream". */
@ExtendWith(ApplicationExtension.class)
class StreamWindowTest {
    private UiWiring wiring;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine());
        InspectorViewModel inspector = wiring.inspector();
        new MainWindow(stage, inspector, url -> { }, XinspectApp.workbenchNodes(wiring, inspector, stage), () -> {
            try {
                return wiring.tools().streamConsole(inspector);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        stage.show();
    }

    @AfterEach
    void closeWiring() throws Exception {
        FxToolkit.cleanupStages();
        wiring.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @Test
    void connectingShowsPostsArrivingTheStatusAndTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("#streamButton");
        waitFor(() -> robot.lookup("#connectStream").tryQuery().isPresent());
        robot.clickOn("#connectStream");

        waitFor(() -> list(robot, "#streamPosts").getItems().size() >= 2);

        assertTrue(list(robot, "#streamPosts").getItems().get(0).startsWith("{\"data\":{\"id\":"));
        List<String> timeline = list(robot, "#streamTimeline").getItems();
        assertTrue(timeline.get(0).endsWith("UTC  connected"), timeline.toString());
        assertTrue(robot.lookup("#streamStatus").queryAs(Label.class).getText().startsWith("Connected since"));
        assertTrue(robot.lookup("#streamCounters").queryAs(Label.class).getText().contains("Posts"));

        robot.clickOn("#stopStream");
        waitFor(() -> robot.lookup("#streamStatus").queryAs(Label.class).getText().equals("You stopped the stream."));
        assertTrue(list(robot, "#streamTimeline").getItems().get(list(robot, "#streamTimeline").getItems().size() - 1)
                .endsWith("stopped: You stopped the stream."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRuleAddedInTheEditorIsListedAndInTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("#streamButton");
        waitFor(() -> robot.lookup("#streamTabs").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#streamTabs").queryAs(TabPane.class).getSelectionModel().select(1);
            robot.lookup("#ruleValue").queryAs(TextField.class).setText("xinspect has:links");
            robot.lookup("#ruleTag").queryAs(TextField.class).setText("ours");
        });

        robot.clickOn("#addRule");

        ListView<StreamRule> rules = robot.lookup("#rulesList").queryAs(ListView.class);
        waitFor(() -> rules.getItems().size() == 1);
        assertEquals("xinspect has:links", rules.getItems().get(0).value());
        assertEquals("ours", rules.getItems().get(0).tag());
        assertEquals("1 created, 0 not created.", robot.lookup("#rulesMessage").queryAs(Label.class).getText());
        assertTrue(list(robot, "#streamTimeline").getItems().get(0).contains("rule added: xinspect has:links [ours]"));
        waitFor(() -> robot.lookup("#statusTitle").queryAs(Label.class).getText().startsWith("201"));
    }

    @Test
    void openAsStreamConnectsTheConsoleToTheRequestsUrl(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).replaceText("{{baseUrl}}/2/tweets/sample/stream"));

        robot.clickOn("#openAsStream");

        waitFor(() -> robot.lookup("#streamPosts").tryQuery().isPresent()
                && list(robot, "#streamPosts").getItems().size() >= 1);
        assertEquals("{{baseUrl}}/2/tweets/sample/stream", robot.lookup("#streamUrl").queryAs(TextField.class).getText());
    }
}
