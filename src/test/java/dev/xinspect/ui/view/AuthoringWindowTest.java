package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.auth.secret.FileSecretStore;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workshop.Expectation;
import dev.xinspect.core.workshop.ExpectationChecker;
import dev.xinspect.core.workshop.ExpectationKind;
import dev.xinspect.core.workshop.Workshop;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopRehearsal;
import dev.xinspect.core.workspace.SavedRequest;
import dev.xinspect.core.workspace.WorkspaceStore;
import dev.xinspect.ui.viewmodel.AuthoringViewModel;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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

/** A teacher drafts a workshop from a collection, adds a hint and an expectation by hand, checks it, saves it. */
@ExtendWith(ApplicationExtension.class)
class AuthoringWindowTest {
    @TempDir
    static Path dir;
    private WorkspaceStore store;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = new WorkspaceStore(dir.resolve("workspace"), new FileSecretStore(dir.resolve("secrets.json")),
                new LiteralSecrets(Redactor.withoutKnownSecrets()), Clock.systemUTC(), Duration.ofSeconds(5));
        Path lesson = store.createFolder(WorkspaceStore.COLLECTIONS, "Lesson");
        store.saveNew(lesson, new SavedRequest("Look up XDevelopers", "GET", "{{baseUrl}}/2/users/by/username/XDevelopers",
                List.of(), "", SandboxProfileBook.APP_ONLY, "Look up the **XDevelopers** account as the `App`."));
        WorkshopRehearsal rehearsal = new WorkshopRehearsal(new ExpectationChecker(CoreWiring.forThisMachine().diagnoser()),
                Clock.systemUTC(), new SecureRandom());
        AuthoringViewModel vm = new AuthoringViewModel(() -> store, List.of("normal", "rate-limited"), rehearsal::rehearse,
                worker, Platform::runLater);
        stage.show();
        new AuthoringWindow(stage, vm, List.of(AuthoringWindow.class.getResource("/dev/xinspect/ui/xinspect.css").toExternalForm())).show();
    }

    @AfterEach
    void close() throws Exception {
        worker.shutdownNow();
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftAddAHintAndAnExpectationCheckOnTheSandboxAndSave(FxRobot robot) throws Exception {
        ComboBox<String> collection = robot.lookup("#authoringCollection").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !collection.getItems().isEmpty());
        robot.interact(() -> collection.getSelectionModel().select("Lesson"));
        robot.clickOn("#draftWorkshop");
        ListView<Object> steps = robot.lookup("#authoringSteps").queryAs(ListView.class);
        assertEquals(1, steps.getItems().size());

        TabPane editor = robot.lookup("#stepEditor").queryAs(TabPane.class);
        robot.interact(() -> editor.getSelectionModel().select(1));
        robot.clickOn("#newHintField").write("The handle is in the path.");
        robot.clickOn("#addHint");

        robot.interact(() -> editor.getSelectionModel().select(2));
        robot.interact(() -> robot.lookup("#expectationKind").queryAs(ComboBox.class).setValue(ExpectationKind.STATUS));
        robot.clickOn("#expectationFirst").write("OK");
        robot.clickOn("#addExpectation");
        assertEquals("A status is a number from 100 to 599; \"OK\" is not one.",
                robot.lookup("#expectationProblem").queryAs(Label.class).getText());
        robot.doubleClickOn("#expectationFirst").write("200");
        robot.clickOn("#addExpectation");
        assertEquals(List.of(new Expectation.Status(200)),
                robot.lookup("#stepExpectationsList").queryAs(ListView.class).getItems());

        robot.clickOn("#rehearseWorkshop");
        Label status = robot.lookup("#authoringStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().equals("1 of 1 steps hold on the sandbox."));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#authoringSteps .list-cell").queryAll().stream()
                .anyMatch(cell -> "✓ 1. Look up XDevelopers".equals(((javafx.scene.control.Labeled) cell).getText())));

        // The preview shows the step as a student sees it: Markdown rendered, then each check from the rehearsal.
        robot.interact(() -> editor.getSelectionModel().select(3));
        VBox preview = robot.lookup("#studentPreview").queryAs(VBox.class);
        assertTrue(preview.getChildren().stream().anyMatch(node -> node instanceof Label label
                && label.getText().equals("✓ status 200: The status is 200.")), preview.getChildren().toString());
        ScreenshotFile.writeIfAsked(robot, "#studentPreview", "authoring.png");

        robot.clickOn("Save in workspace");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved as "));
        Workshop saved = new WorkshopLibrary(Optional.of(store.root())).find("Lesson").workshop();
        assertEquals(List.of("The handle is in the path."), saved.steps().get(0).hints());
        assertEquals(List.of(new Expectation.Status(200)), saved.steps().get(0).expectations());
    }
}
