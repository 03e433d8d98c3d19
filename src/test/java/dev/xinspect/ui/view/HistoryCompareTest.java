package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Two sends, picked from the History tab, compared side by side: the status change and the body's JSON paths. */
@ExtendWith(ApplicationExtension.class)
class HistoryCompareTest {
    @TempDir
    Path config;
    private UiWiring wiring;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine(), config);
        InspectorViewModel inspector = wiring.inspector();
        UiWiring.Workbench bench = wiring.workbenchWithWorkspace(inspector);
        MainWindow window = new MainWindow(stage, inspector, url -> { }, XinspectApp.workbenchNodes(wiring, bench, inspector, stage));
        window.enableSidebar(bench.collections(), bench.history(), bench.exports());
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages(); // the compare window must not cover the next test's window
        wiring.close();
    }

    private void sendTo(FxRobot robot, String url, String status, boolean anyway) throws Exception {
        robot.interact(() -> robot.lookup("#url").queryAs(StyleClassedTextArea.class).replaceText(url));
        robot.clickOn("#sendButton");
        if (anyway) { // the catalog holds a request X would refuse until the user insists
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sendAnyway").queryButton().isVisible());
            robot.interact(() -> robot.lookup("#sendAnyway").queryButton().fire()); // the bar just moved the layout
        }
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status.equals(robot.lookup("#statusTitle").queryAs(Label.class).getText()));
    }

    @Test
    void twoExchangesPickedInTheHistoryAreComparedByStatusAndJsonPath(FxRobot robot) throws Exception {
        sendTo(robot, "{{baseUrl}}/2/users/2244994945", "200 OK", false);
        sendTo(robot, "{{baseUrl}}/2/users/2244994945?foo=1", "400 Bad Request", true);

        robot.interact(() -> robot.lookup(".tab-pane").queryAll().stream().map(TabPane.class::cast)
                .filter(p -> p.getTabs().stream().anyMatch(t -> t.getText().equals("History"))).findFirst().orElseThrow()
                .getSelectionModel().select(1));
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        robot.interact(() -> history.getSelectionModel().selectAll());
        Button compare = robot.lookup("#compareButton").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !compare.isDisabled());
        // fired, not clicked: windows left by earlier tests in this JVM may sit over the sidebar on Monocle's screen
        robot.interact(compare::fire);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compareStatus").tryQuery().isPresent()
                || !robot.lookup("#historyProblem").queryAs(Label.class).getText().isEmpty());
        assertEquals("", robot.lookup("#historyProblem").queryAs(Label.class).getText());
        String status = robot.lookup("#compareStatus").queryAs(Label.class).getText();
        assertEquals(true, status.equals("Status: 400 → 200") || status.equals("Status: 200 → 400"), status);
        assertFalse(robot.lookup("#bodyChanges").queryAs(TableView.class).getItems().isEmpty());

        // Each side is named by time, method, path and status; the requests' URLs differ by the query.
        String left = robot.lookup("#compareLeft").queryAs(Label.class).getText();
        String right = robot.lookup("#compareRight").queryAs(Label.class).getText();
        assertTrue(left.matches("Left: \\d\\d:\\d\\d:\\d\\d GET /2/users/2244994945 → (200|400)"), left);
        assertTrue(right.matches("Right: \\d\\d:\\d\\d:\\d\\d GET /2/users/2244994945 → (200|400)"), right);
        assertTrue(robot.lookup("#requestChanges").queryAs(TableView.class).getItems().stream()
                .map(change -> ((dev.xinspect.core.compare.Change) change).path()).anyMatch("url"::equals));
        // History rows show the path, not only the sandbox's host and port.
        assertTrue(history.getItems().stream().allMatch(item -> item.toString().contains("/2/users/2244994945")),
                history.getItems().toString());
    }
}
