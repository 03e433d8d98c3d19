package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.ui.viewmodel.ChecklistItemState;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window end to end: paste a usage-capped 429, read the diagnosis, tick a checklist item. */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {
    private UiWiring wiring;
    private InspectorViewModel inspector;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new UiWiring(CoreWiring.forThisMachine());
        inspector = wiring.inspector();
        new MainWindow(stage, inspector, url -> { });
        stage.show();
    }

    @AfterEach
    void closeWiring() throws Exception {
        FxToolkit.cleanupStages(); // dialogs opened here must not cover the next test's window
        wiring.close();
    }

    private static void pasteIntoDialog(FxRobot robot, String text) throws Exception {
        robot.clickOn("#pasteButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pasteText").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#pasteText").queryTextInputControl().setText(text));
    }

    @Test
    void theHeadersTabIsBuiltWhenFirstOpenedAndShowsTheResponseHeaders(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#emptyResponse").queryLabeled().isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#responseTabs").tryQuery().isPresent()); // made after the first frame
        pasteIntoDialog(robot, Files.readString(Path.of("src/test/resources/samples/usage-capped-429.http")));
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checklist-usage-caps").tryQuery().isPresent());
        assertTrue(robot.lookup("#headersTable").tryQuery().isEmpty()); // nothing behind a tab nobody opened

        robot.clickOn("Headers");

        javafx.scene.control.TableView<?> headers = robot.lookup("#headersTable").queryAs(javafx.scene.control.TableView.class);
        assertTrue(headers.getItems().stream().map(Object::toString).anyMatch(header -> header.contains("x-rate-limit")),
                headers.getItems().toString());
    }

    @Test
    void pastedUsageCapped429ShowsTheUsageCapsChecklist(FxRobot robot) throws Exception {
        String response = Files.readString(Path.of("src/test/resources/samples/usage-capped-429.http"));

        pasteIntoDialog(robot, response);
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checklist-usage-caps").tryQuery().isPresent());

        assertEquals("429 Too Many Requests", robot.lookup("#statusTitle").queryAs(Label.class).getText());
        assertEquals("429 Too Many Requests", robot.lookup("#statusChip").queryAs(Label.class).getText());
        VBox checklist = robot.lookup("#checklist-usage-caps").queryAs(VBox.class);
        List<CheckBox> ticks = robot.from(checklist).lookup(".check-box").queryAllAs(CheckBox.class).stream().toList();
        assertEquals(4, ticks.size());
        assertTrue(robot.lookup(".finding-title").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("UsageCapExceeded")));

        robot.interact(() -> ticks.get(0).fire()); // as a click does; the item may sit below the fold

        List<ChecklistItemState> ticked = inspector.diagnosis().tickedItems();
        assertEquals(1, ticked.size());
        assertEquals("usage-caps", ticked.get(0).checklistId());
        assertEquals("Check the monthly usage in the developer portal.", ticked.get(0).item().text());
    }

    @Test
    void tickedItemsAppearInTheForumPostDraft(FxRobot robot) throws Exception {
        pasteIntoDialog(robot, Files.readString(Path.of("src/test/resources/samples/usage-capped-429.http")));
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checklist-usage-caps").tryQuery().isPresent());
        List<CheckBox> ticks = robot.lookup("#checklist-usage-caps .check-box").queryAllAs(CheckBox.class).stream().toList();
        robot.interact(() -> {
            ticks.get(1).setSelected(true);
            ticks.get(3).setSelected(true);
        });

        robot.interact(() -> robot.lookup("#draftPostButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#postEditor").tryQuery().isPresent());

        String draft = robot.lookup("#postEditor").queryAs(org.fxmisc.richtext.CodeArea.class).getText();
        assertTrue(draft.contains("## Troubleshooting steps taken\n\n"
                + "- Do not wait for x-rate-limit-reset: the cap resets with the billing period. (`usage-caps`)\n"
                + "- Move to a package with a higher cap if the volume is expected. (`usage-caps`)"), draft);

        // The preview renders inline code: no literal backticks, the checklist id set as code.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".preview-inline-code").queryAll().isEmpty());
        List<String> shown = robot.lookup(".post-preview .label").queryAllAs(Label.class).stream().map(Label::getText).collect(
                java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        robot.lookup(".post-preview .preview-inline").queryAllAs(javafx.scene.text.Text.class).forEach(t -> shown.add(t.getText()));
        assertTrue(shown.stream().noneMatch(line -> line.contains("`")), String.join("\n", shown));
        assertTrue(robot.lookup(".preview-inline-code").queryAllAs(javafx.scene.text.Text.class).stream()
                .anyMatch(t -> t.getText().equals("usage-caps")));
    }

    @Test
    void theOpenedFilesNameStaysInSightAtTheNarrowestWindow(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("usage-capped-429 from the forum thread.http");
        Files.copy(Path.of("src/test/resources/samples/usage-capped-429.http"), file);
        javafx.stage.Window window = robot.lookup("#openButton").query().getScene().getWindow();
        robot.interact(() -> {
            window.setWidth(1024);
            window.setHeight(700);
        });

        inspector.open(file).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Label name = robot.lookup("#sourceName").queryAs(Label.class);
        assertEquals(file.getFileName().toString(), name.getText());
        assertTrue(name.isVisible());
        javafx.geometry.Bounds shown = name.localToScene(name.getBoundsInLocal());
        assertTrue(shown.getMaxX() <= name.getScene().getWidth() && shown.getWidth() > 0, shown.toString());
        List<String> problems = new ScreenChecks(name.getScene(), "1024x700").noTextCutShort().problems();
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aNewResponseShowsItsDiagnosisFromTheTop(FxRobot robot) throws Exception {
        inspector.open(Path.of("src/test/resources/samples/usage-capped-429.http")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checklist-usage-caps").tryQuery().isPresent());
        javafx.scene.control.ScrollPane diagnosis = robot.lookup("#diagnosisPane").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> diagnosis.getScene().getWindow().setHeight(560)); // the findings and checklists need scrolling
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> diagnosis.setVvalue(diagnosis.getVmax())); // read down to the checklists
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(diagnosis.getVmax(), diagnosis.getVvalue());

        pasteIntoDialog(robot, "HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain\r\n\r\nInternal Server Error");
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#statusTitle").queryAs(Label.class).getText().equals("500 Internal Server Error"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(diagnosis.getVmin(), diagnosis.getVvalue(), "the new status card is on screen, not the old scroll position");
    }

    @Test
    void somethingThatIsNotAResponseShowsABannerAndKeepsThePastedText(FxRobot robot) throws Exception {
        pasteIntoDialog(robot, "hello there");
        robot.clickOn("Explain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#errorBanner").queryAs(Label.class).getText().isEmpty());

        Node banner = robot.lookup("#errorBanner").query();
        assertTrue(banner.isVisible());
        assertTrue(((Label) banner).getText().startsWith("This is not a response"));
        assertEquals("hello there", inspector.pasteTextProperty().get());
    }
}
