package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.ui.viewmodel.CollectionNode;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * *Fetch all pages* and collection import through the window, against the sandbox (which pages through
 * GET /2/users/:id/followers and allows 15 of them per 15 minutes, as X does).
 */
@ExtendWith(ApplicationExtension.class)
class PagesAndCollectionsWindowTest {
    @TempDir
    Path config;
    private Stage stage;
    private UiWiring wiring;
    private UiWiring.Workbench bench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
    }

    @AfterEach
    void closeWiring() throws Exception {
        FxToolkit.cleanupStages();
        if (wiring != null) {
            wiring.close();
        }
    }

    /** The window as XinspectApp builds it, with the Collections tab's import and the pages bar. */
    private void open(FxRobot robot) {
        robot.interact(() -> {
            try {
                wiring = new UiWiring(CoreWiring.forThisMachine(), config);
                InspectorViewModel inspector = wiring.inspector();
                bench = wiring.workbenchWithWorkspace(inspector);
                MainWindow window = new MainWindow(stage, inspector, url -> { }, XinspectApp.workbenchNodes(wiring, bench, inspector, stage));
                window.enableSidebar(bench.collections(), bench.history(), bench.exports());
                window.enableCollectionTransfer(wiring.collectionTransfer(bench));
                window.enablePagination(wiring.pagination(bench.request(), inspector));
                stage.sizeToScene();
                stage.show();
                stage.toFront();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void followers(FxRobot robot, int maxResults, int pageLimit) throws Exception {
        robot.interact(() -> {
            bench.request().chooseAuth(SandboxProfileBook.APP_ONLY);
            bench.request().urlProperty().set("{{baseUrl}}/2/users/" + SandboxCredentials.DEMO.userId() + "/followers?max_results=" + maxResults);
            robot.lookup("#pageLimitField").queryAs(Spinner.class).getValueFactory().setValue(pageLimit);
        });
        Button fetch = robot.lookup("#fetchAllPagesButton").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !fetch.isDisabled()); // once the sandbox's spec is read
        robot.clickOn(fetch);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#paginationStatus").queryAs(Label.class).getText();
    }

    @Test
    void fetchAllPagesGoesToTheEnd(FxRobot robot) throws Exception {
        open(robot);
        followers(robot, 10, 50);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).contains("All 3 pages fetched"));
        assertEquals("3 pages. All 3 pages fetched: the last had no next_token.", status(robot));
        assertFalse(robot.lookup("#rateLimitQuestion").query().isVisible());
        Button har = robot.lookup("#exportPagesHar").queryAs(Button.class);
        assertTrue(har.isVisible() && !har.isDisabled(), "the pages can be exported");
    }

    @Test
    void fetchAllPagesStopsAtTheRateLimitAndAsks(FxRobot robot) throws Exception {
        open(robot);
        followers(robot, 1, 100);

        Node question = robot.lookup("#rateLimitQuestion").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, question::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status(robot).startsWith("15 pages. No requests left in the 15-minute window after 15 pages"), status(robot));
        String countdown = robot.lookup("#resetCountdown").queryAs(Label.class).getText();
        assertTrue(countdown.startsWith("The window resets in 1") || countdown.startsWith("The window resets in 9"), "countdown: [" + countdown + "] status: " + status(robot));
        ScreenshotFile.writeIfAsked(robot, "#paginationBar", "fetch-all-pages-rate-limit.png");

        robot.clickOn("#stopAtLimitButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !question.isVisible());
        assertEquals("15 pages. Stopped at the rate limit with 15 pages.", status(robot));
    }

    @Test
    void xsBuiltInSpecImportsAsACollectionWithASummary(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#importCollectionMenu");
        robot.clickOn("#importXSpecItem");

        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> summary.getText().startsWith("Imported "));
        assertTrue(summary.getText().contains(" folders as the collection X API v2 ") && summary.getText().endsWith(" notes."), summary.getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree(robot).getRoot().getChildren().stream()
                .anyMatch(c -> c.getValue().name().startsWith("X API")));
        ScreenshotFile.writeIfAsked(robot, "#importSummary", "import-x-spec.png");
        robot.clickOn("#importDetails");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importDetailsText").tryQuery().isPresent());
        String details = robot.lookup("#importDetailsText").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(details.contains("folders, one per tag"), details);
    }

    @SuppressWarnings("unchecked")
    private static TreeView<CollectionNode> tree(FxRobot robot) {
        return robot.lookup("#collectionsTree").queryAs(TreeView.class);
    }
}
