package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.ui.viewmodel.ScenarioOption;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.WorkshopViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench against the embedded sandbox: press Send, read the status and the diagnosis; switch scenario. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private UiWiring wiring;
    private WorkshopViewModel workshop;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine());
        InspectorViewModel inspector = wiring.inspector();
        workshop = wiring.workshop();
        new MainWindow(stage, inspector, url -> { }, XinspectApp.workbenchNodes(wiring, inspector, stage));
        stage.show();
    }

    @AfterEach
    void closeWiring() throws Exception {
        FxToolkit.cleanupStages(); // dialogs opened here must not cover the next test's window
        wiring.close();
    }

    private String sendAndWaitForStatus(FxRobot robot, String previous) throws Exception {
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            String text = robot.lookup("#statusTitle").queryAs(Label.class).getText();
            return !text.isEmpty() && !text.equals(previous);
        });
        return robot.lookup("#statusTitle").queryAs(Label.class).getText();
    }

    @Test
    void theFirstRequestToTheSandboxWorksWithNoSetUp(FxRobot robot) throws Exception {
        assertEquals("200 OK", sendAndWaitForStatus(robot, ""));
        assertEquals("200 OK", robot.lookup("#statusChip").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rateLimit").queryAs(Label.class).getText()
                .contains("requests left in the 15m window"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rateLimitGauge").queryAs(Label.class).getText()
                .contains("left (15-minute window, app · Sandbox App: app-only Bearer)"));
    }

    @Test
    void aWorkshopScenarioShowsItsDiagnosis(FxRobot robot) throws Exception {
        ScenarioOption rateLimited = workshop.scenarios().stream().filter(s -> s.name().equals("rate-limited")).findFirst().orElseThrow();
        robot.interact(() -> workshop.selectedProperty().set(rateLimited));
        assertTrue(robot.lookup("#lesson").queryAs(Label.class).getText().startsWith("Every endpoint answers 429"));

        assertEquals("429 Too Many Requests", sendAndWaitForStatus(robot, ""));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checklist-rate-limits").tryQuery().isPresent());

        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sendWarning").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#sendWarning").queryAs(Label.class).getText().startsWith("No requests are left in the 15-minute window for GET /2/tweets/search/recent"));
        assertTrue(robot.lookup("#rateLimitGauge").queryAs(Label.class).getText().startsWith("0 of "));
    }

    @Test
    void theCatalogWarnsBeforeAnAppOnlyTokenGoesToAUserContextEndpoint(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class)
                .replaceText("{{baseUrl}}/2/users/me"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#requestProblems .label").tryQuery().isPresent());
        assertTrue(robot.lookup("#endpointInfo").queryAs(Label.class).getText().startsWith("GET /2/users/me"));

        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sendWarning").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#sendWarning").queryAs(Label.class).getText().contains("does not accept OAuth 2.0 app-only"));

        robot.interact(() -> robot.lookup("#sendAnyway").queryButton().fire()); // the bar just moved the layout
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#statusTitle").queryAs(Label.class).getText().equals("403 Forbidden"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checklist-authentication").tryQuery().isPresent());
    }

    @Test
    void aPathParameterTypedInItsFieldFillsTheUrlAndTheRequestGoesOut(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#url").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class)
                .replaceText("{{baseUrl}}/2/tweets/{id}"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#path-id").tryQuery().isPresent());

        robot.clickOn("#path-id").write("20");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#url")
                .queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText().equals("{{baseUrl}}/2/tweets/20"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#requestProblems .label").tryQuery().isEmpty());
        assertEquals("200 OK", sendAndWaitForStatus(robot, ""));
    }

    @Test
    void theJoinedTabShowsEachPostWithItsAuthor(FxRobot robot) throws Exception {
        assertEquals("200 OK", sendAndWaitForStatus(robot, ""));
        robot.interact(() -> robot.lookup("#responseTabs").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .filter(tab -> tab.getText().equals("Joined")).findFirst().orElseThrow().getTabPane().getSelectionModel()
                .select(2));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#joinedSummary").queryAs(Label.class).getText().isEmpty());
        String summary = robot.lookup("#joinedSummary").queryAs(Label.class).getText();
        assertTrue(summary.matches("\\d+ Posts?, every reference resolved"), summary);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.xinspect.core.expansion.JoinedPost> posts = robot.lookup("#joinedPosts .list-view")
                .queryAs(javafx.scene.control.ListView.class);
        assertTrue(posts.getItems().stream().allMatch(post -> post.references().stream()
                .anyMatch(r -> r.role().equals("author") && r.resolved() && r.label().startsWith("@"))), posts.getItems().toString());
    }
}
