package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.app.XinspectApp;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.workshop.StepAuth;
import dev.xinspect.core.workshop.Workshop;
import dev.xinspect.core.workshop.WorkshopLibrary;
import dev.xinspect.core.workshop.WorkshopStep;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

/**
 * A student goes through every built-in workshop in the window, as in a room: choose it, and for each step press
 * Start step, sign in with the browser when the step is made as the user (the sandbox's consent page is approved as a
 * user would), press Send, and see every check pass before Next step.
 */
@ExtendWith(ApplicationExtension.class)
class BuiltInWorkshopsWalkthroughTest {
    @TempDir
    static Path config;
    private final HttpClient browser = HttpClient.newHttpClient();
    private UiWiring wiring;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine(), this::approveLikeAUser,
                SandboxOptions.defaults().withStreamPace(Duration.ofSeconds(1), Duration.ZERO), config);
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

    /** The sandbox's consent page: "Authorize app", then the browser follows the redirect to the loopback listener. */
    private void approveLikeAUser(URI page) {
        browser.sendAsync(HttpRequest.newBuilder(URI.create(page + "&approve=yes")).build(), HttpResponse.BodyHandlers.discarding())
                .thenCompose(approved -> browser.sendAsync(HttpRequest.newBuilder(URI.create(
                        approved.headers().firstValue("location").orElseThrow())).build(), HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyStepOfEveryBuiltInWorkshopPassesInTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("#studentMode");
        ComboBox<WorkshopLibrary.Entry> choice = robot.lookup("#workshopChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !choice.getItems().isEmpty());
        List<Workshop> builtIns = new WorkshopLibrary(Optional.empty()).builtIns();
        List<String> passed = new ArrayList<>();
        for (Workshop workshop : builtIns) {
            robot.interact(() -> choice.getSelectionModel().select(choice.getItems().stream()
                    .filter(entry -> entry.workshop().name().equals(workshop.name())).findFirst().orElseThrow()));
            for (WorkshopStep step : workshop.steps()) {
                String where = workshop.name() + ": " + step.title();
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stepTitle").queryAs(Label.class).getText().equals(step.title()));
                robot.clickOn("#startStep");
                WaitForAsyncUtils.waitForFxEvents();
                if (step.request().auth() == StepAuth.OAUTH2_USER) {
                    robot.clickOn("Auth");
                    robot.clickOn("#signIn");
                    Label status = robot.lookup("#authStatus").queryAs(Label.class);
                    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status.getText().contains("signed in,"));
                }
                robot.clickOn("#sendButton");
                WaitForAsyncUtils.waitForFxEvents();
                if (robot.lookup("#sendAnyway").queryButton().isVisible()) {
                    // A lesson may send what the editor warns about (no credentials, a rule-less stream): so does the student.
                    robot.clickOn("#sendAnyway");
                }
                Label message = robot.lookup("#studentMessage").queryAs(Label.class);
                try {
                    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().equals("✓ All checks pass."));
                } catch (TimeoutException e) {
                    VBox checks = robot.lookup("#stepChecks").queryAs(VBox.class);
                    throw new AssertionError(where + " did not pass: " + message.getText() + " "
                            + checks.getChildren().stream().map(line -> ((Label) line).getText()).toList(), e);
                }
                passed.add(where);
                if (!robot.lookup("#nextStep").queryButton().isDisabled()) {
                    robot.clickOn("#nextStep");
                }
            }
        }
        assertEquals(builtIns.stream().mapToInt(w -> w.steps().size()).sum(), passed.size(), passed.toString());
    }
}
