package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.xinspect.core.format.BodyLines;
import dev.xinspect.core.format.JsonHighlighter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The line list of a large body: rows on screen only, scrolled, jumped, selected and copied as in a list. */
@ExtendWith(ApplicationExtension.class)
class JsonLinesTest {
    private static final int LINES = 3_000_000;
    private final BodyLines numbered = BodyLines.of(IntStream.range(0, LINES).mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n")));
    private JsonLines list;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        list = new JsonLines(new JsonHighlighter(), "lines", false);
        Scene scene = new Scene(new StackPane(list), 500, 300);
        scene.getStylesheets().add(Objects.requireNonNull(JsonLines.class.getResource("/dev/xinspect/ui/xinspect.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, BodyLines lines) {
        robot.interact(() -> list.show(lines, false));
    }

    /** The lines on screen, top to bottom. */
    private List<String> onScreen(FxRobot robot) {
        return robot.from(list).lookup(".text").queryAllAs(Text.class).stream()
                .filter(text -> text.isVisible() && text.getParent().isVisible() && text.getText().startsWith("line "))
                .sorted(java.util.Comparator.comparingDouble(text -> text.getParent().getLayoutY()))
                .map(Text::getText).toList();
    }

    private ScrollBar verticalBar(FxRobot robot) {
        return robot.from(list).lookup(".scroll-bar:vertical").queryAs(ScrollBar.class);
    }

    @Test
    void holdsARowPerLineOnScreenNotPerLine(FxRobot robot) {
        show(robot, numbered);

        List<String> shown = onScreen(robot);
        assertEquals("line 0", shown.get(0));
        assertTrue(shown.size() < 40, "rows made: " + shown.size());
        assertEquals(LINES, list.rowCount());
    }

    @Test
    void aJumpFarDownShowsThatLineAndTheLastLineCanBeReached(FxRobot robot) {
        show(robot, numbered);

        robot.interact(() -> verticalBar(robot).setValue(2_500_000));
        assertEquals("line 2500000", onScreen(robot).get(0));

        robot.interact(() -> verticalBar(robot).setValue(verticalBar(robot).getMax()));
        List<String> shown = onScreen(robot);
        assertEquals("line " + (LINES - 1), shown.get(shown.size() - 1));
    }

    @Test
    void theWheelScrollsAFewLinesAndKeepsTheRowsStillOnScreen(FxRobot robot) {
        show(robot, numbered);
        robot.interact(() -> verticalBar(robot).setValue(1_000));
        Text staying = textOf(robot, "line 1010");

        robot.moveTo(list).scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        int top = Integer.parseInt(onScreen(robot).get(0).substring(5));
        assertTrue(top != 1_000 && Math.abs(top - 1_000) < 10, "scrolled to " + top);
        assertSame(staying, textOf(robot, "line 1010"), "a line still on screen keeps its row");
    }

    @Test
    void clickAndShiftClickSelectARangeThatCtrlCCopies(FxRobot robot) {
        show(robot, numbered);
        Text second = textOf(robot, "line 1");
        Text fifth = textOf(robot, "line 4");

        robot.clickOn(second);
        robot.press(KeyCode.SHIFT).clickOn(fifth).release(KeyCode.SHIFT);
        assertEquals(List.of(1, 2, 3, 4), list.selectedRows());

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("line 1\nline 2\nline 3\nline 4", clipboard(robot));
    }

    @Test
    void theArrowKeysMoveTheSelectionAndScrollItIntoView(FxRobot robot) {
        show(robot, numbered);
        robot.clickOn(textOf(robot, "line 0"));

        robot.type(KeyCode.END);
        assertEquals(List.of(LINES - 1), list.selectedRows());
        List<String> shown = onScreen(robot);
        assertEquals("line " + (LINES - 1), shown.get(shown.size() - 1));

        robot.type(KeyCode.HOME).type(KeyCode.DOWN, 2);
        assertEquals(List.of(2), list.selectedRows());
        assertEquals("line 0", onScreen(robot).get(0));
    }

    @Test
    void revealSelectsALineAndScrollsToIt(FxRobot robot) {
        show(robot, numbered);

        robot.interact(() -> list.reveal(1_234_567));

        assertEquals(List.of(1_234_567), list.selectedRows());
        assertTrue(onScreen(robot).contains("line 1234567"));
    }

    @Test
    void newLinesStartAtTheTopUnlessTheyContinueTheLinesShown(FxRobot robot) {
        BodyLines firstScreen = BodyLines.of(IntStream.range(0, 200).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));
        show(robot, firstScreen);
        robot.interact(() -> verticalBar(robot).setValue(150));

        robot.interact(() -> list.show(numbered, false, true)); // the whole body of the first screen shown
        assertEquals("line 150", onScreen(robot).get(0));

        show(robot, numbered); // another body
        assertEquals("line 0", onScreen(robot).get(0));
    }

    private Text textOf(FxRobot robot, String line) {
        return robot.from(list).lookup(".text").queryAllAs(Text.class).stream()
                .filter(text -> text.getText().equals(line) && text.isVisible() && text.getParent().isVisible()).findFirst().orElseThrow();
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
