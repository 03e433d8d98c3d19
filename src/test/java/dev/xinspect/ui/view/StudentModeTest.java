package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Student mode in the window: pick a built-in workshop, Start step, Send to the sandbox, see every check ✓. */
@ExtendWith(ApplicationExtension.class)
class StudentModeTest {
    @TempDir
    static Path config;
    private UiWiring wiring;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine(), config);
        InspectorViewModel inspector = wiring.inspector();
        UiWiring.Workbench bench = wiring.workbenchWithWorkspace(inspector);
        MainWindow window = new MainWindow(stage, inspector, url -> { }, XinspectApp.workbenchNodes(wiring, bench, inspector, stage));
        XinspectApp.enableStudentMode(window, wiring, bench, inspector);
        stage.show();
    }

    @AfterEach
    void closeWiring() {
        wiring.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void startAStepSendAndSeeItPass(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#workshopChoice").tryQuery().isEmpty(), "the student panel is built at first use, not at start");
        robot.clickOn("#studentMode");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#workshopChoice").queryAs(ComboBox.class).getItems().isEmpty());
        robot.interact(() -> {
            ComboBox<Object> choice = robot.lookup("#workshopChoice").queryAs(ComboBox.class);
            choice.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stepTitle").queryAs(Label.class).getText().equals("Look up a user"));

        robot.clickOn("#startStep");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class)
                .getText().equals("{{baseUrl}}/2/users/by/username/XDevelopers"));
        robot.clickOn("#sendButton");

        VBox checks = robot.lookup("#stepChecks").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> checks.getChildren().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✓ status 200: The status is 200.", ((Label) checks.getChildren().get(0)).getText());
        assertTrue(checks.getChildren().stream().allMatch(line -> ((Label) line).getText().startsWith("✓ ")), checks.getChildren().toString());
        assertEquals("✓ All checks pass.", robot.lookup("#studentMessage").queryAs(Label.class).getText());
        assertTrue(!robot.lookup("#nextStep").queryButton().isDisabled());
        assertEquals("Step 1 of 3 · 1 passed", robot.lookup("#stepPosition").queryAs(Label.class).getText());
        robot.clickOn("#revealHint");
        assertEquals(1, robot.lookup("#stepHints").queryAs(VBox.class).getChildren().size());
        ScreenshotFile.writeIfAsked(robot, "#studentPane", "student-mode.png");
    }
}
