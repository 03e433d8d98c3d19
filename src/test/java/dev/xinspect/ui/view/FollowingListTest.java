package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stream console's list follows new Posts while the user is at the bottom, and stays put once they scroll up. */
@ExtendWith(ApplicationExtension.class)
class FollowingListTest {
    private ListView<String> list;
    private final SimpleBooleanProperty paused = new SimpleBooleanProperty();

    @Start
    void start(Stage stage) {
        list = new ListView<>(FXCollections.observableArrayList()); // built once the toolkit runs
        list.getItems().setAll(IntStream.range(0, 100).mapToObj(i -> "{\"data\":{\"id\":\"" + i + "\"}}").toList());
        FollowingList.follow(list, paused);
        stage.setScene(new Scene(list, 400, 300));
        stage.show();
    }

    private int lastVisible() {
        return ((VirtualFlow<?>) list.lookup(".virtual-flow")).getLastVisibleCell().getIndex();
    }

    private int firstVisible() {
        IndexedCell<?> first = ((VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell();
        return first.getIndex();
    }

    private void arrive(FxRobot robot, int count) {
        robot.interact(() -> IntStream.range(0, count).forEach(i -> list.getItems().add("{\"data\":{\"id\":\"new" + i + "\"}}")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atTheBottomTheListFollowsNewPosts(FxRobot robot) {
        robot.interact(() -> list.scrollTo(99));
        WaitForAsyncUtils.waitForFxEvents();

        arrive(robot, 5);

        assertEquals(true, lastVisible() >= 103, "last row on screen: " + lastVisible());
    }

    @Test
    void scrolledUpTheListStaysWhereTheUserReads(FxRobot robot) {
        robot.interact(() -> list.scrollTo(10));
        WaitForAsyncUtils.waitForFxEvents();

        arrive(robot, 5);

        assertEquals(10, firstVisible());
    }

    @Test
    void pausedTheListDoesNotMove(FxRobot robot) {
        robot.interact(() -> list.scrollTo(99));
        WaitForAsyncUtils.waitForFxEvents();
        int before = firstVisible();
        paused.set(true);

        arrive(robot, 5);

        assertEquals(before, firstVisible());
    }
}
