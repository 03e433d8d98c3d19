package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.app.UiWiring;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.ui.viewmodel.InspectorViewModel;
import dev.xinspect.ui.viewmodel.ResponseBodyViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Large bodies: past the editor's limit the Pretty tab is a line list, highlighted on screen; Raw fills when shown. */
@ExtendWith(ApplicationExtension.class)
class LargeBodyViewTest {
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

    private static String posts(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"id\":\"" + i + "\",\"text\":\"post " + i + "\"}")
                .collect(Collectors.joining(",", "{\"data\":[", "]}"));
    }

    private void show(FxRobot robot, String body) throws Exception {
        Exchange exchange = Exchange.ofResponse(new ReceivedResponse(200, "OK", "HTTP/2",
                Headers.of("content-type", "application/json"), Body.ofText(body)));
        robot.interact(() -> {
            inspector.showExchange(exchange, "test");
            inspector.response().showAnyway();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !inspector.response().body().prettyProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBodyPastTheEditorsLimitShowsAsHighlightedLines(FxRobot robot) throws Exception {
        show(robot, posts(10_000)); // 40,004 lines pretty-printed

        JsonLines lines = robot.lookup("#prettyLines").queryAs(JsonLines.class);
        assertTrue(lines.isVisible());
        assertFalse(robot.lookup(".json-area").queryAs(CodeArea.class).getParent().isVisible());
        assertEquals(40_004, lines.rowCount());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.from(lines).lookup(".json-key").queryAll().isEmpty());
        // rows are reused as they scroll, so their order among the nodes is not the lines' order
        assertTrue(robot.from(lines).lookup(".json-key").queryAll().stream().anyMatch(key -> ((Text) key).getText().equals("\"data\"")));
    }

    @Test
    void ctrlFFindsInTheBodyAsYouTypeAndSelectsEachMatch(FxRobot robot) throws Exception {
        show(robot, posts(10_000));
        JsonLines lines = robot.lookup("#prettyLines").queryAs(JsonLines.class);
        robot.clickOn(lines).press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#findBar").queryAs(Node.class).isVisible());

        robot.write("POST 999");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 of 11".equals(findCount(robot)));
        assertEquals(List.of(4 * 999 + 4), lines.selectedRows()); // "text": "post 999"

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 11", findCount(robot));
        assertEquals(List.of(4 * 9990 + 4), lines.selectedRows());
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 11", findCount(robot));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#findBar").queryAs(Node.class).isVisible());
    }

    @Test
    void findInASmallBodySelectsTheMatchInTheEditor(FxRobot robot) throws Exception {
        show(robot, posts(3));
        robot.interact(() -> inspector.response().search().queryProperty().set("post 2"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 of 1".equals(findCount(robot)));
        assertEquals("post 2", robot.lookup(".json-area").queryAs(CodeArea.class).getSelectedText());
    }

    private static String findCount(FxRobot robot) {
        return robot.lookup("#findCount").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void aSmallBodyStaysInTheEditor(FxRobot robot) throws Exception {
        show(robot, posts(3));

        assertFalse(robot.lookup("#prettyLines").queryAs(Node.class).isVisible());
        assertTrue(robot.lookup(".json-area").queryAs(CodeArea.class).getText().startsWith("{\n  \"data\": ["));
    }

    @Test
    void theRawTabShowsTheBodyAsItCame(FxRobot robot) throws Exception {
        String body = posts(3);
        show(robot, body);

        robot.interact(() -> robot.lookup("#responseTabs").queryAs(TabPane.class).getSelectionModel().select(1));

        JsonLines raw = robot.lookup("#rawLines").queryAs(JsonLines.class);
        assertEquals(1, raw.rowCount());
        assertTrue(robot.from(raw).lookup(".text").queryAll().stream().anyMatch(t -> ((Text) t).getText().equals(body)));
    }

    @Test
    void aTenMegabyteMinifiedBodyIsRawInRowsNotOneLineOrOneCharacterPerLine(FxRobot robot) throws Exception {
        String body = posts(250_000); // about 10 MB on one line
        Body held = Body.ofText(body);
        Exchange exchange = Exchange.ofResponse(new ReceivedResponse(200, "OK", "HTTP/2",
                Headers.of("content-type", "application/json"), held));
        long start = System.nanoTime();
        robot.interact(() -> inspector.showExchange(exchange, "test"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> inspector.response().gatedProperty().get());
        robot.interact(() -> robot.lookup("#responseTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> inspector.response().showAnyway());
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !inspector.response().body().rawProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        JsonLines raw = robot.lookup("#rawLines").queryAs(JsonLines.class);
        int rows = held.slices().stream() // a row never spans two of the body's slices (4 MB each)
                .mapToInt(slice -> (slice.size() + ResponseBodyViewModel.RAW_ROW_BYTES - 1) / ResponseBodyViewModel.RAW_ROW_BYTES).sum();
        assertTrue(held.slices().size() > 1);
        assertEquals(rows, raw.rowCount());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(raw).lookup(".text").queryAll().stream()
                .anyMatch(t -> ((Text) t).getText().equals(body.substring(0, ResponseBodyViewModel.RAW_ROW_BYTES))));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60), "the window kept up");
    }

    @Test
    void rawWaitsBehindTheSameGateAsPretty(FxRobot robot) throws Exception {
        String body = posts(80_000); // over the 2 MB gate
        Exchange exchange = Exchange.ofResponse(new ReceivedResponse(200, "OK", "HTTP/2",
                Headers.of("content-type", "application/json"), Body.ofText(body)));
        robot.interact(() -> inspector.showExchange(exchange, "test"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inspector.response().gatedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#rawGate").queryAs(Node.class).isVisible());
        assertTrue(robot.lookup("#rawLines").queryAs(JsonLines.class).rowCount() <= 1, "nothing of the body yet");
    }
}
